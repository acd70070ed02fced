// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.singular.PlaneCurve;

/**
 * The real points of a semialgebraic plane curve {F = 0, g_i ≥ 0} inside a box, as polylines of a
 * {@link PictureLayer.Kind#LINE} layer, NaN between branches. Marching squares: F is evaluated on a
 * grid, each grid edge where F changes sign carries one crossing, found by bisection along the
 * edge so that it lies on F = 0 to rounding, and the crossings of a cell are joined in pairs (in a
 * saddle cell with four, as the sign of F at its centre says). Neighbouring cells share the
 * crossings of their common edge, which chains the segments into polylines. A segment that leaves
 * the set cut out by the inequalities is cut at its end point F = g = 0, found by Newton's method
 * from the crossing inside. Isolated real points and branches shorter than a cell are missed: this
 * draws the curve, it does not certify it.
 */
final class CurveTracer {

    /** Grid cells per side of the box. */
    static final int GRID = 200;

    private static final int BISECTIONS = 60;
    private static final int NEWTON_STEPS = 30;

    private final PlaneCurve curve;
    private final Polynomial[] gradient;
    private final Box box;
    private final double[] step;
    private final double[][] values = new double[GRID + 1][GRID + 1];
    private final Map<Integer, double[]> points = new HashMap<>();
    private final Map<Integer, List<Integer>> neighbours = new HashMap<>();
    private int nextEnd = -1;

    private CurveTracer(PlaneCurve curve, Box box) {
        this.curve = curve;
        this.gradient = new Polynomial[] { curve.equation().derivative(0), curve.equation().derivative(1) };
        this.box = box;
        this.step = new double[] { (box.high()[0] - box.low()[0]) / GRID, (box.high()[1] - box.low()[1]) / GRID };
    }

    /** @return the curve inside the plane box, as a line layer with the given name */
    static PictureLayer trace(PlaneCurve curve, Box box, String name) {
        if (box.low().length != 2) {
            throw new IllegalArgumentException("a plane curve is traced in a plane box"); //$NON-NLS-1$
        }
        CurveTracer tracer = new CurveTracer(curve, box);
        tracer.march();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (List<Integer> polyline : tracer.polylines()) {
            if (!x.isEmpty()) {
                x.add(Double.NaN);
                y.add(Double.NaN);
            }
            for (int node : polyline) {
                x.add(tracer.points.get(node)[0]);
                y.add(tracer.points.get(node)[1]);
            }
        }
        return PictureLayer.line(name, x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private double[] node(int i, int j) {
        return new double[] { box.low()[0] + i * step[0], box.low()[1] + j * step[1] };
    }

    private void march() {
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                values[i][j] = curve.equation().evaluate(node(i, j));
            }
        }
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                cell(i, j);
            }
        }
    }

    /** Joins the crossings on the edges bottom, right, top, left of cell (i, j). */
    private void cell(int i, int j) {
        int[] edges = { horizontal(i, j), vertical(i + 1, j), horizontal(i, j + 1), vertical(i, j) };
        List<Integer> crossing = new ArrayList<>();
        for (int edge : edges) {
            if (crossing(edge) != null) {
                crossing.add(edge);
            }
        }
        if (crossing.size() == 2) {
            segment(crossing.get(0), crossing.get(1));
        } else if (crossing.size() == 4) {
            // Corners alternate in sign; the centre says which diagonal pair is connected.
            boolean centre = curve.equation().evaluate(new double[] { box.low()[0] + (i + 0.5) * step[0],
                    box.low()[1] + (j + 0.5) * step[1] }) >= 0;
            if (centre == (values[i][j] >= 0)) {
                segment(edges[0], edges[1]);
                segment(edges[2], edges[3]);
            } else {
                segment(edges[3], edges[0]);
                segment(edges[1], edges[2]);
            }
        }
    }

    private static int horizontal(int i, int j) {
        return 2 * (j * (GRID + 1) + i);
    }

    private static int vertical(int i, int j) {
        return 2 * (j * (GRID + 1) + i) + 1;
    }

    /** @return the crossing of F = 0 on an edge, or null when F keeps its sign there */
    private double[] crossing(int edge) {
        if (points.containsKey(edge)) {
            return points.get(edge);
        }
        int cell = edge / 2;
        int i = cell % (GRID + 1);
        int j = cell / (GRID + 1);
        int i2 = edge % 2 == 0 ? i + 1 : i;
        int j2 = edge % 2 == 0 ? j : j + 1;
        boolean positive = values[i][j] >= 0;
        if (positive == values[i2][j2] >= 0) {
            return null;
        }
        double[] a = node(i, j);
        double[] b = node(i2, j2);
        double low = 0;
        double high = 1;
        for (int k = 0; k < BISECTIONS; k++) {
            double middle = (low + high) / 2;
            if ((curve.equation().evaluate(between(a, b, middle)) >= 0) == positive) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double[] p = between(a, b, (low + high) / 2);
        points.put(edge, p);
        return p;
    }

    /** Adds the segment between two crossings, cut where it leaves the inequalities. */
    private void segment(int from, int to) {
        boolean fromInside = curve.satisfies(points.get(from), 0);
        boolean toInside = curve.satisfies(points.get(to), 0);
        if (fromInside && toInside) {
            link(from, to);
        } else if (fromInside || toInside) {
            int inside = fromInside ? from : to;
            double[] end = endPoint(points.get(inside), points.get(fromInside ? to : from));
            if (end != null) {
                int id = nextEnd--;
                points.put(id, end);
                link(inside, id);
            }
        }
    }

    private void link(int a, int b) {
        neighbours.computeIfAbsent(a, key -> new ArrayList<>()).add(b);
        neighbours.computeIfAbsent(b, key -> new ArrayList<>()).add(a);
    }

    /** @return the point where F = 0 meets the first inequality that {@code outside} violates, or null */
    private double[] endPoint(double[] inside, double[] outside) {
        PlaneCurve.Constraint violated = curve.constraints().stream().filter(c -> !c.holds(outside, 0)).findFirst()
                .orElseThrow();
        Polynomial g = violated.g();
        Polynomial[] dg = { g.derivative(0), g.derivative(1) };
        double low = 0;
        double high = 1;
        for (int k = 0; k < BISECTIONS; k++) {
            double middle = (low + high) / 2;
            if (violated.holds(between(inside, outside, middle), 0)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double[] p = between(inside, outside, low);
        for (int k = 0; k < NEWTON_STEPS; k++) {
            double f = curve.equation().evaluate(p);
            double h = g.evaluate(p);
            double a = gradient[0].evaluate(p);
            double b = gradient[1].evaluate(p);
            double c = dg[0].evaluate(p);
            double d = dg[1].evaluate(p);
            double determinant = a * d - b * c;
            if (determinant == 0) {
                return null;
            }
            p = new double[] { p[0] - (d * f - b * h) / determinant, p[1] - (a * h - c * f) / determinant };
        }
        boolean converged = vanishes(curve.equation(), p) && vanishes(g, p)
                && Math.hypot(p[0] - inside[0], p[1] - inside[1]) <= 2 * Math.hypot(step[0], step[1]);
        return converged && curve.satisfies(p, 1e-12) ? p : null;
    }

    /** @return whether |q(p)| is rounding-small on the scale (1 + |p|)^deg q that the constraints use */
    private static boolean vanishes(Polynomial q, double[] p) {
        double scale = Math.pow(1 + Math.max(Math.abs(p[0]), Math.abs(p[1])), q.degree());
        return Math.abs(q.evaluate(p)) <= 1e-10 * scale;
    }

    /** @return the chains of linked crossings: open ones from their ends first, then closed loops */
    private List<List<Integer>> polylines() {
        List<List<Integer>> polylines = new ArrayList<>();
        Map<Integer, Boolean> visited = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int start : neighbours.keySet()) {
                boolean end = neighbours.get(start).size() == 1;
                if (!visited.containsKey(start) && (end || pass == 1)) {
                    polylines.add(walk(start, visited));
                }
            }
        }
        return polylines;
    }

    private List<Integer> walk(int start, Map<Integer, Boolean> visited) {
        List<Integer> polyline = new ArrayList<>(List.of(start));
        visited.put(start, true);
        int current = start;
        while (true) {
            Integer next = null;
            for (int candidate : neighbours.get(current)) {
                if (!visited.containsKey(candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                if (polyline.size() > 2 && neighbours.get(current).contains(start)) {
                    polyline.add(start);
                }
                return polyline;
            }
            visited.put(next, true);
            polyline.add(next);
            current = next;
        }
    }

    private static double[] between(double[] a, double[] b, double t) {
        return new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) };
    }
}
