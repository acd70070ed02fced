// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The log floor of spectra, and the checks of pictures and their layers. */
class ResultSeriesTest {

    @Test
    void zerosOnALogScaleSitADecadeBelowTheSmallestAndTheRoundingLevel() {
        ResultSeries spectrum = new ResultSeries("Q", "index", "eigenvalue", new double[] { 40, 7, 1e-30, 0, -1e-17 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                true, 3);
        // the smallest positive value 1e-30 is below ulp(40) = 2^-47 ≈ 7.1e-15, so the floor is 1e-31
        assertEquals(1e-31, spectrum.logFloor(), 1e-45);
        assertArrayEquals(new double[] { 40, 7, 1e-30, 1e-31, 1e-31 }, spectrum.drawnValues());

        ResultSeries wellConditioned = new ResultSeries("Q", "index", "eigenvalue", new double[] { 40, 7, 0 }, true, 2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Math.ulp(40.0) / 10, wellConditioned.logFloor());
        assertTrue(wellConditioned.drawnValues()[2] < 1e-15, "a zero is drawn at the rounding level, not near 7"); //$NON-NLS-1$
    }

    @Test
    void linearScalesAndSeriesWithoutPositiveValuesAreDrawnAsGiven() {
        double[] values = { 3, 0, -2 };
        assertArrayEquals(values, new ResultSeries("a", "i", "v", values, false, -1).drawnValues()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ResultSeries zeros = new ResultSeries("z", "i", "v", new double[] { 0, 0 }, true, -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1, zeros.logFloor());
        assertArrayEquals(new double[] { 1, 1 }, zeros.drawnValues());
    }

    @Test
    void layersAndPicturesRefuseInconsistentData() {
        assertThrows(IllegalArgumentException.class,
                () -> PictureLayer.points("p", new double[] { 1, 2 }, new double[] { 1 })); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> PictureLayer.bars("b", new double[] { 0 }, //$NON-NLS-1$
                new double[] { 1 }, new double[] { 0, 0 }, new double[] { 2, 2 }));
        PictureLayer atHalf = PictureLayer.bars("b", new double[] { 0.5 }, new double[] { 1 }); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> ResultPicture.categorical("t", "x", "y", List.of("a", "b"), List.of(atHalf))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        PictureLayer atTwo = PictureLayer.bars("b", new double[] { 2 }, new double[] { 1 }); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> ResultPicture.categorical("t", "x", "y", List.of("a", "b"), List.of(atTwo))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(ResultPicture.plane("t", "x", "y", List.of(atHalf)).layers().get(0).x()[0] == 0.5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
