// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * A system of polynomial equations {@code F(x; p) = 0} in variables
 * {@code x} with optional parameters {@code p}. Every equation is an exact
 * {@link Polynomial} in the variables followed by the parameters (so it has
 * {@code variableCount() + parameterCount()} variables); a solver substitutes
 * numerical parameter values and solves for the variables.
 */
public final class PolynomialSystem {

    private final List<String> variables;
    private final List<String> parameters;
    private final List<Polynomial> equations;

    /**
     * @param variables
     *            names of the unknowns, distinct
     * @param parameters
     *            names of the parameters, distinct from each other and the
     *            variables (may be empty)
     * @param equations
     *            the equations, each in variables ++ parameters; at least one
     * @throws IllegalArgumentException
     *             if names repeat or an equation has the wrong number of
     *             variables
     */
    public PolynomialSystem(List<String> variables, List<String> parameters, List<Polynomial> equations) {
        this.variables = List.copyOf(variables);
        this.parameters = List.copyOf(parameters);
        this.equations = List.copyOf(equations);
        if (this.variables.isEmpty()) {
            throw new IllegalArgumentException("a system needs at least one variable"); //$NON-NLS-1$
        }
        if (this.equations.isEmpty()) {
            throw new IllegalArgumentException("a system needs at least one equation"); //$NON-NLS-1$
        }
        Set<String> seen = new HashSet<>();
        for (String name : allNames()) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("name '" + name + "' is used twice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        int expected = this.variables.size() + this.parameters.size();
        for (int i = 0; i < this.equations.size(); i++) {
            int actual = this.equations.get(i).variableCount();
            if (actual != expected) {
                throw new IllegalArgumentException("equation " + (i + 1) + " has " + actual //$NON-NLS-1$ //$NON-NLS-2$
                        + " variables, expected " + expected + " (variables then parameters)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /**
     * @param variables
     *            names of the unknowns
     * @param equations
     *            the equations in the variables
     * @return a system without parameters
     */
    public static PolynomialSystem of(List<String> variables, List<Polynomial> equations) {
        return new PolynomialSystem(variables, List.of(), equations);
    }

    /** @return the names of the unknowns */
    public List<String> variables() {
        return variables;
    }

    /** @return the names of the parameters (possibly empty) */
    public List<String> parameters() {
        return parameters;
    }

    /** @return variables followed by parameters: the variables of each equation */
    public List<String> allNames() {
        return Stream.concat(variables.stream(), parameters.stream()).toList();
    }

    /** @return the equations, in variables ++ parameters */
    public List<Polynomial> equations() {
        return equations;
    }

    /** @return the number of unknowns */
    public int variableCount() {
        return variables.size();
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return parameters.size();
    }

    /** @return the number of equations */
    public int equationCount() {
        return equations.size();
    }

    /**
     * @return the total degree of each equation in the variables alone (the
     *         parameters do not count)
     */
    public int[] degreesInVariables() {
        int[] degrees = new int[equations.size()];
        for (int i = 0; i < degrees.length; i++) {
            for (Polynomial.Term term : equations.get(i).terms()) {
                int[] e = term.exponents();
                int d = 0;
                for (int v = 0; v < variables.size(); v++) {
                    d += e[v];
                }
                degrees[i] = Math.max(degrees[i], d);
            }
        }
        return degrees;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("variables ").append(String.join(" ", variables)); //$NON-NLS-1$ //$NON-NLS-2$
        if (!parameters.isEmpty()) {
            sb.append("\nparameters ").append(String.join(" ", parameters)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Polynomial equation : equations) {
            sb.append('\n').append(equation.toString(allNames()));
        }
        return sb.toString();
    }
}
