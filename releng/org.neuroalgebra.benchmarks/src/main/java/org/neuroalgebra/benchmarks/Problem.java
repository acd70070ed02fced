// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.List;

/**
 * One row of the comparison: the input Neuroalgebra reads (a generated {@code .nalg} model or a
 * system in the solver text format) with the command-line arguments that run it, and the same
 * problem for the other tools.
 *
 * @param id
 *            a short unique name, used by {@code --only}
 * @param family
 *            the group of rows (also matched by {@code --only}); the cost-growth fits are per family
 * @param label
 *            what the table shows in its first column
 * @param size
 *            the size the cost-growth fit uses (parameters of a network), or 0 when the answer is
 *            the size (the number of solutions)
 * @param fileName
 *            the name of the input file
 * @param fileText
 *            the input file
 * @param arguments
 *            the {@code neuroalgebra} arguments, with {@code FILE} standing for the input file
 * @param answerKey
 *            the field of the {@code --json} output that holds the answer
 * @param expected
 *            the answer known from the mathematics, or null
 * @param quick
 *            whether {@code --quick} runs it
 * @param macaulay2
 *            Macaulay2 scripts for the same answer, one per formulation (the fastest is kept)
 * @param phc
 *            the input of {@code phc -b} whose number of regular solutions is the answer, or null
 */
public record Problem(String id, String family, String label, double size, String fileName, String fileText,
        List<String> arguments, String answerKey, Integer expected, boolean quick, List<External> macaulay2,
        External phc) {

    /**
     * An input of another tool.
     *
     * @param formulation
     *            what the input computes, shown in the table
     * @param text
     *            the script or system
     */
    public record External(String formulation, String text) {
    }
}
