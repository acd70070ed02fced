// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

/**
 * A hidden neuron that is switched off at a parameter point, and how: which of its weights
 * vanish. With zero incoming weights (and bias) it emits the constant σ(0), so the network is the
 * subnetwork without it plus that constant passed on by its outgoing weights; with zero outgoing
 * weights nothing of it reaches the output.
 *
 * @param neuron
 *            its name, e.g. {@code h1[2]}
 * @param side
 *            which weights vanish
 * @param constant
 *            σ(0), the value the neuron emits when its incoming weights vanish
 */
public record ZeroNeuron(String neuron, Side side, double constant) implements SparseUnit {

    /** @return the neuron's name */
    @Override
    public String name() {
        return neuron;
    }

    /** Which weights of a zero neuron vanish. */
    public enum Side {
        /** W_i[r, ·] and b_i[r] */
        INCOMING,
        /** W_{i+1}[·, r] */
        OUTGOING,
        /** both */
        BOTH
    }

    /** @return e.g. {@code h1[1]: incoming weights zero, emits the constant σ(0) = 1} */
    @Override
    public String describe() {
        return switch (side) {
            case INCOMING -> neuron + ": incoming weights zero, " + (constant == 0 ? "emits 0" //$NON-NLS-1$ //$NON-NLS-2$
                    : "emits the constant σ(0) = " + format(constant)); //$NON-NLS-1$
            case OUTGOING -> neuron + ": outgoing weights zero"; //$NON-NLS-1$
            case BOTH -> neuron + ": incoming and outgoing weights zero"; //$NON-NLS-1$
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
