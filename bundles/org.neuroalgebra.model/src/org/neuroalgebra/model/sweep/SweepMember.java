// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.sweep;

import java.util.List;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * One member of a sweep: an architecture of the family and the analyses to run on it.
 *
 * @param index
 *            0-based, in the fixed order of {@link SweepMembers}
 * @param key
 *            the chosen values in template order, space separated, e.g. {@code "2 1 3"} (a
 *            value's own blanks and quotes are left out, so {@code x^3 + x^2} is {@code x^3+x^2})
 * @param architectureText
 *            the expanded architecture on one line, its statements in canonical form separated
 *            by {@code "; "}: {@code "input 2; dense 1 bias=false; activation x^2; dense 1 bias=false"}
 * @param model
 *            a model holding a copy of the file's other blocks (architectures, varieties,
 *            datasets; not its analysis blocks or sweeps), this member's architecture and the
 *            run analyses, whose subject is the member's architecture
 * @param runs
 *            the run analyses, in run order, contained in {@code model}
 * @param problems
 *            empty when the member is valid; else why not, at the place in the file that
 *            produced it (the template statement, or the choice set entry that gave the value)
 */
public record SweepMember(int index, String key, String architectureText, NeuroalgebraModel model, List<Analysis> runs,
        List<ModelProblem> problems) {

    /** @return true if the member can be analysed: no problem is an error */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == ModelProblem.Severity.ERROR);
    }
}
