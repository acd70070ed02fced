// SPDX-License-Identifier: EPL-2.0
/**
 * The polynomial system solver service API.
 * <p>
 * A {@link org.neuroalgebra.solver.PolynomialSystem} holds exact equations
 * {@code F(x; p) = 0}; a {@link org.neuroalgebra.solver.PolynomialSystemSolver}
 * (an OSGi service, usable as a plain object) returns a
 * {@link org.neuroalgebra.solver.SolveResult} in which every path is accounted
 * for. {@link org.neuroalgebra.solver.ParameterHomotopySolver} adds parameter
 * homotopies and monodromy. {@link org.neuroalgebra.solver.SolutionCounter}
 * counts solutions exactly (modulo a prime) as an independent check.
 * {@link org.neuroalgebra.solver.SolutionCertifier} proves approximate solutions
 * one by one (Krawczyk's interval Newton test): each
 * {@link org.neuroalgebra.solver.SolutionCertificate} encloses exactly one
 * regular solution in a small box (scaled per coordinate when the coordinates
 * differ in size), proven real when the box is closed under conjugation;
 * pairwise disjoint boxes prove the number of distinct solutions.
 * <p>
 * <b>Text format</b> (read by {@link org.neuroalgebra.solver.SystemTextFormat},
 * used by {@code neuroalgebra solve}): one item per line; {@code #} starts a
 * comment; blank lines are ignored. First a line {@code variables x y ...},
 * optionally a line {@code parameters a b ...} (names separated by blanks or
 * commas: a letter or {@code _} followed by letters, digits, {@code _}), then
 * one equation per line, either a polynomial (meaning "= 0") or
 * {@code left = right}. Polynomials use {@code + - * ^}, parentheses, integer,
 * fractional ({@code 1/2}) and decimal ({@code 0.25}, exact) numbers. A
 * {@code ;} in the {@code variables} line separates variable groups
 * ({@code variables a1 a2 ; b1 b2}): the system's multihomogeneous structure,
 * which {@link org.neuroalgebra.solver.SolverOptions#variableGroups()} passes
 * to the solver as a hint.
 *
 * <pre>
 * variables x y
 * x^2 + y^2 - 1
 * x = y
 * </pre>
 *
 * Errors are reported as {@code line:column: message}, both 1-based.
 * <p>
 * <b>API status: stable.</b> Solvers and counters of other bundles are written against this
 * package. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.solver;
