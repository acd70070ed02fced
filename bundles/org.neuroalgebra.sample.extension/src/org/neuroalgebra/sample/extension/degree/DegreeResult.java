// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.solver.Complex;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The degree of a variety: the number of points of V ∩ L for a random affine-linear space L of
 * complementary dimension. JSON fields: {@code analysis}, {@code subject}, {@code degree} (null
 * when unknown), {@code dimension}, {@code ambientDimension}, {@code homotopyPoints} (distinct
 * points found numerically, null when the solver was not run), {@code certifiedPoints},
 * {@code exactCounts} (one object per prime: {@code prime}, {@code points}, {@code multiplicity}
 * (the count with multiplicity)), then the provenance: {@code certified}, {@code method},
 * {@code seed}, {@code seconds}, {@code notes}.
 *
 * @param subject
 *            the variety's name
 * @param degree
 *            the degree, or null when unknown
 * @param dimension
 *            the dimension of V (of its top-dimensional part)
 * @param ambientDimension
 *            the number of coordinates
 * @param coordinates
 *            the names of the coordinates (columns of the table of points)
 * @param homotopyPoints
 *            distinct points found by homotopy continuation, or null
 * @param certifiedPoints
 *            of those, the points with a Krawczyk certificate in pairwise disjoint boxes
 * @param exactCounts
 *            one entry per prime
 * @param points
 *            the points found, in the coordinates of V, with whether each is certified
 * @param provenance
 *            how the result was obtained
 */
public record DegreeResult(String subject, Long degree, int dimension, int ambientDimension, List<String> coordinates,
        Integer homotopyPoints, int certifiedPoints, List<PrimeCount> exactCounts, List<Point> points,
        Provenance provenance) implements AnalysisResult {

    /** Tables with more points than this are left out: the figures say everything a reader needs. */
    public static final int TABLE_LIMIT = 30;

    /**
     * One exact count.
     *
     * @param prime
     *            the prime the Gröbner basis was computed modulo
     * @param points
     *            distinct points of V ∩ L over the algebraic closure of Z/p, -1 when not computed
     * @param multiplicity
     *            the count with multiplicity (standard monomials)
     */
    public record PrimeCount(long prime, long points, long multiplicity) {
    }

    /**
     * One point of V ∩ L.
     *
     * @param coordinates
     *            its coordinates in C^n
     * @param certified
     *            whether its box is certified
     */
    public record Point(Complex[] coordinates, boolean certified) {
    }

    public DegreeResult {
        coordinates = List.copyOf(coordinates);
        exactCounts = List.copyOf(exactCounts);
        points = List.copyOf(points);
    }

    @Override
    public String analysisId() {
        return DegreeAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return provenance.certified();
    }

    @Override
    public String method() {
        return provenance.method();
    }

    @Override
    public long seed() {
        return provenance.seed();
    }

    @Override
    public double seconds() {
        return provenance.seconds();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: degree %s (%s), dimension %d in C^%d", subject, FigureFormat.format(degree), //$NON-NLS-1$
                provenance.evidenceWord(), dimension, ambientDimension));
        lines.add(String.format("homotopy: %s points, %d certified; exact: %s", FigureFormat.format(homotopyPoints), //$NON-NLS-1$
                certifiedPoints, exactCounts.stream().map(c -> c.points() + " mod " + c.prime()).toList())); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", provenance.method(), provenance.seed(), //$NON-NLS-1$
                provenance.seconds()));
        provenance.notes().forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public List<ResultFigure> figures() {
        Evidence evidence = certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        List<ResultFigure> figures = new ArrayList<>();
        figures.add(ResultFigure.of("degree", "Degree", degree, evidence)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.of("dimension", "Dimension", (long) dimension, Evidence.NUMERICAL)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("ambientDimension", "Ambient dimension", (long) ambientDimension)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(new ResultFigure("homotopyPoints", "Points found by homotopy continuation", //$NON-NLS-1$ //$NON-NLS-2$
                homotopyPoints == null ? null : (long) homotopyPoints, "points", Evidence.NUMERICAL)); //$NON-NLS-1$
        figures.add(new ResultFigure("certifiedPoints", "Points certified (Krawczyk)", (long) certifiedPoints, //$NON-NLS-1$ //$NON-NLS-2$
                "points", Evidence.CERTIFIED)); //$NON-NLS-1$
        for (PrimeCount count : exactCounts) {
            figures.add(new ResultFigure("exactCount." + count.prime(), "Exact count modulo " + count.prime(), //$NON-NLS-1$ //$NON-NLS-2$
                    count.points() < 0 ? null : count.points(), "points", Evidence.NUMERICAL)); //$NON-NLS-1$
        }
        return figures;
    }

    @Override
    public List<ResultTable> tables() {
        if (points.isEmpty() || points.size() > TABLE_LIMIT) {
            return List.of();
        }
        List<String> columns = new ArrayList<>(coordinates);
        columns.add("certified"); //$NON-NLS-1$
        List<List<Object>> rows = new ArrayList<>();
        for (Point point : points) {
            List<Object> row = new ArrayList<>();
            for (Complex z : point.coordinates()) {
                row.add(complex(z));
            }
            row.add(point.certified());
            rows.add(row);
        }
        return List.of(new ResultTable("points", "Points of V ∩ L (L a random affine space of dimension " //$NON-NLS-1$ //$NON-NLS-2$
                + (ambientDimension - dimension) + ")", columns, rows)); //$NON-NLS-1$
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("degree", degree); //$NON-NLS-1$
        json.addProperty("dimension", dimension); //$NON-NLS-1$
        json.addProperty("ambientDimension", ambientDimension); //$NON-NLS-1$
        json.addProperty("homotopyPoints", homotopyPoints); //$NON-NLS-1$
        json.addProperty("certifiedPoints", certifiedPoints); //$NON-NLS-1$
        JsonArray counts = new JsonArray();
        for (PrimeCount count : exactCounts) {
            JsonObject entry = new JsonObject();
            entry.addProperty("prime", count.prime()); //$NON-NLS-1$
            if (count.points() < 0) {
                entry.add("points", JsonNull.INSTANCE); //$NON-NLS-1$
            } else {
                entry.addProperty("points", count.points()); //$NON-NLS-1$
            }
            entry.addProperty("multiplicity", count.multiplicity()); //$NON-NLS-1$
            counts.add(entry);
        }
        json.add("exactCounts", counts); //$NON-NLS-1$
        json.addProperty("certified", provenance.certified()); //$NON-NLS-1$
        json.addProperty("method", provenance.method()); //$NON-NLS-1$
        json.addProperty("seed", provenance.seed()); //$NON-NLS-1$
        json.addProperty("seconds", provenance.seconds()); //$NON-NLS-1$
        JsonArray notes = new JsonArray();
        provenance.notes().forEach(notes::add);
        json.add("notes", notes); //$NON-NLS-1$
        return json;
    }

    /** A complex coordinate for people: its real part alone when it is real to print precision. */
    private static String complex(Complex z) {
        String re = FigureFormat.real(z.re());
        if (Math.abs(z.im()) <= 1e-12 * Math.max(1, Math.abs(z.re()))) {
            return re;
        }
        String im = FigureFormat.real(Math.abs(z.im()));
        return re + (z.im() < 0 ? " − " : " + ") + im + "i"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
