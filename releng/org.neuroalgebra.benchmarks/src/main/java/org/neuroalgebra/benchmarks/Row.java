// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** One problem's measurements by every tool. */
final class Row {

    final Problem problem;
    final String label;
    InProcessMeasurement inProcess;
    TimedProcess process;
    Integer processAnswer;
    TimedProcess macaulay2;
    Integer macaulay2Answer;
    String macaulay2Formulation;
    String macaulay2Compute;
    TimedProcess phc;
    Integer phcAnswer;
    String phcFormulation;

    Row(Problem problem, String label) {
        this.problem = problem;
        this.label = label;
    }

    /** @return every answer given, with who gave it */
    List<String> answers() {
        List<String> answers = new ArrayList<>();
        if (inProcess != null && inProcess.answer != null) {
            answers.add("in-process " + inProcess.answer); //$NON-NLS-1$
        }
        if (processAnswer != null) {
            answers.add("process " + processAnswer); //$NON-NLS-1$
        }
        if (macaulay2Answer != null) {
            answers.add("Macaulay2 " + macaulay2Answer); //$NON-NLS-1$
        }
        if (phcAnswer != null) {
            answers.add("phc " + phcAnswer); //$NON-NLS-1$
        }
        if (problem != null && problem.expected() != null) {
            answers.add("known " + problem.expected()); //$NON-NLS-1$
        }
        return answers;
    }

    /** @return whether all answers given are the same number */
    boolean agree() {
        return answers().stream().map(a -> a.substring(a.lastIndexOf(' ') + 1)).distinct().count() <= 1;
    }
}
