// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The graph of parameter points through which {@link Monodromy} moves
 * solutions (the graph strategy of Duff, Hill, Jensen, Lee, Leykin and
 * Sommars): nodes are generic complex parameter points, each with the
 * solutions known there; edges are straight segments between two nodes, each
 * with the partial matching of the two nodes' solutions that its paths
 * established. A solution is tracked along an edge only while it is unmatched
 * there, and a path that ends at a known solution matches both ends, so that
 * the reverse path is never tracked. The cycles of the graph are the
 * monodromy loops; a solution found at any node is carried on from there,
 * along every edge of that node, instead of around whole loops.
 */
final class ParameterGraph {

    /** Matching state of a solution along an edge: not tracked yet. */
    static final int UNTRIED = -1;

    /**
     * Matching state of a solution along an edge: tracked without a match
     * (the path failed, ended at a singular point, or at a solution already
     * matched to another one: a jump).
     */
    static final int TRIED = -2;

    /** A parameter point and the solutions known there, in order of discovery. */
    static final class Node {
        private final double[] parameters;
        private final AffineSystem affine;
        private final List<double[]> solutions = new ArrayList<>();

        Node(CompiledSystem system, double[] parameters) {
            this.parameters = parameters.clone();
            this.affine = new AffineSystem(system, parameters);
        }

        double[] parameters() {
            return parameters;
        }

        AffineSystem affine() {
            return affine;
        }

        /** @return the solutions, an append-only list */
        List<double[]> solutions() {
            return solutions;
        }
    }

    /**
     * A straight segment between two nodes with the matching of their
     * solutions: {@code forward[i]} is the index at {@code to} reached from
     * solution i of {@code from}, {@code backward[j]} the reverse, or
     * {@link #UNTRIED} / {@link #TRIED}.
     */
    static final class Edge {
        private final Node from;
        private final Node to;
        private final Matching forward = new Matching();
        private final Matching backward = new Matching();

        Edge(Node from, Node to) {
            this.from = from;
            this.to = to;
        }

        Node from() {
            return from;
        }

        Node to() {
            return to;
        }

        /** @return the matching from the side {@code reversed ? to : from} */
        Matching matching(boolean reversed) {
            return reversed ? backward : forward;
        }
    }

    /** Partial map from solution indices of one node to those of another; unset entries are UNTRIED. */
    static final class Matching {
        private int[] target = new int[0];

        int get(int i) {
            return i < target.length ? target[i] : UNTRIED;
        }

        void set(int i, int value) {
            if (i >= target.length) {
                int old = target.length;
                target = Arrays.copyOf(target, Math.max(i + 1, 2 * old));
                Arrays.fill(target, old, target.length, UNTRIED);
            }
            target[i] = value;
        }
    }

    private final CompiledSystem system;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    ParameterGraph(CompiledSystem system) {
        this.system = system;
    }

    Node addNode(double[] parameters) {
        Node node = new Node(system, parameters);
        nodes.add(node);
        return node;
    }

    Edge connect(Node from, Node to) {
        Edge edge = new Edge(from, to);
        edges.add(edge);
        return edge;
    }

    /**
     * Joins the two nodes not joined yet whose newer one is newest (then the
     * older one oldest), among the nodes from index {@code first} on.
     *
     * @return false when every two of those nodes are joined
     */
    boolean joinNewestUnjoinedPair(int first) {
        for (int j = nodes.size() - 1; j > first; j--) {
            for (int i = first; i < j; i++) {
                if (!joined(nodes.get(i), nodes.get(j))) {
                    connect(nodes.get(i), nodes.get(j));
                    return true;
                }
            }
        }
        return false;
    }

    private boolean joined(Node a, Node b) {
        for (Edge edge : edges) {
            if (edge.from == a && edge.to == b || edge.from == b && edge.to == a) {
                return true;
            }
        }
        return false;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Edge> edges() {
        return edges;
    }

    /** @return the number of independent cycles (loops) of the connected graph: edges − nodes + 1 */
    int loops() {
        return Math.max(0, edges.size() - nodes.size() + 1);
    }

    /**
     * Records that the path from solution {@code i} at the {@code reversed}
     * side of {@code edge} ended at solution {@code j} of the other side (or
     * nowhere, for j = {@link #TRIED}). A solution already matched to another
     * one makes the path a jump, which matches nothing.
     */
    static void record(Edge edge, boolean reversed, int i, int j) {
        Matching there = edge.matching(reversed);
        Matching back = edge.matching(!reversed);
        if (j < 0) {
            there.set(i, TRIED);
        } else if (back.get(j) < 0) {
            there.set(i, j);
            back.set(j, i);
        } else {
            there.set(i, back.get(j) == i ? j : TRIED);
        }
    }

    /** @return the indices of the solutions at the {@code reversed} side of the edge not tracked along it yet */
    static int[] untried(Edge edge, boolean reversed) {
        Node side = reversed ? edge.to : edge.from;
        Matching matching = edge.matching(reversed);
        int count = side.solutions.size();
        int[] found = new int[count];
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (matching.get(i) == UNTRIED) {
                found[k++] = i;
            }
        }
        return Arrays.copyOf(found, k);
    }
}
