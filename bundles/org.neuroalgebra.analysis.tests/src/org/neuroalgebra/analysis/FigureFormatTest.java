// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Values for people and for files, checked against what a reader writes by hand. */
class FigureFormatTest {

    @Test
    void realsHaveThreeSignificantDigitsAndScientificNotationOutsideAThousandthToAMillion() {
        // the gap ratio the workbench used to show as 1.9167251082524326E11
        assertEquals("1.92 × 10¹¹", FigureFormat.format(1.9167251082524326E11)); //$NON-NLS-1$
        assertEquals("6.88 × 10⁻⁶", FigureFormat.format(6.882811891815815E-6)); //$NON-NLS-1$
        assertEquals("0.0581", FigureFormat.format(0.05814)); //$NON-NLS-1$
        assertEquals("2.5", FigureFormat.format(2.5)); //$NON-NLS-1$
        assertEquals("−3", FigureFormat.format(-3.0)); //$NON-NLS-1$
        assertEquals("1 × 10⁶", FigureFormat.format(999_999.9)); //$NON-NLS-1$
        assertEquals("0", FigureFormat.format(0.0)); //$NON-NLS-1$
    }

    @Test
    void integersAreExactUpToAMillion() {
        assertEquals("14", FigureFormat.format(14L)); //$NON-NLS-1$
        assertEquals("999999", FigureFormat.format(999_999)); //$NON-NLS-1$
        assertEquals("1.23 × 10⁶", FigureFormat.format(1_234_567L)); //$NON-NLS-1$
        assertEquals("1 × 10³⁰", FigureFormat.format(BigInteger.TEN.pow(30))); //$NON-NLS-1$
    }

    @Test
    void unknownInfiniteAndUndefinedAreWords() {
        assertEquals("unknown", FigureFormat.format(null)); //$NON-NLS-1$
        assertEquals("∞", FigureFormat.format(Double.POSITIVE_INFINITY)); //$NON-NLS-1$
        assertEquals("undefined", FigureFormat.format(Double.NaN)); //$NON-NLS-1$
        assertEquals("yes", FigureFormat.format(true)); //$NON-NLS-1$
    }

    @Test
    void filesGetFullPrecisionAndEmptyCellsForUnknown() {
        assertEquals("1.9167251082524326E11", FigureFormat.raw(1.9167251082524326E11)); //$NON-NLS-1$
        assertEquals("", FigureFormat.raw(null)); //$NON-NLS-1$
        assertEquals("", FigureFormat.raw(Double.POSITIVE_INFINITY)); //$NON-NLS-1$
        assertEquals("10⁻¹¹", FigureFormat.powerOfTen(-11)); //$NON-NLS-1$
        assertEquals("1", FigureFormat.powerOfTen(0)); //$NON-NLS-1$
    }

    @Test
    void presentationTypesRefuseWhatViewsCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> ResultFigure.info("k", "k", new double[] { 1 })); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class,
                () -> new ResultTable("t", "t", List.of("a", "b"), List.of(List.of(1)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // unknown cells are allowed (null), which List.of would refuse
        assertEquals(1, new ResultTable("t", "t", List.of("a"), List.of(Arrays.asList((Object) null))).rows().size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertThrows(IllegalArgumentException.class,
                () -> new ResultChart.Axis("x", ResultChart.Scale.CATEGORICAL, List.of())); //$NON-NLS-1$
        ResultChart.Axis strata = ResultChart.Axis.categorical("stratum", List.of("a", "b")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertThrows(IllegalArgumentException.class, () -> new ResultChart("c", "c", strata, //$NON-NLS-1$ //$NON-NLS-2$
                ResultChart.Axis.linear("y"), List.of(PictureLayer.bars("b", new double[] { 2 }, new double[] { 1 })), //$NON-NLS-1$ //$NON-NLS-2$
                List.of()));
    }
}
