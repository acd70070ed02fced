// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.text.NalgFiles;
import org.neuroalgebra.model.validation.ModelDiagnostics;

/**
 * The members of a sweep: their number, their fixed order, their keys and architectures, and the
 * models they carry. The expected members are derived by hand from the order rule (first choice
 * point slowest, a repeat's count before its body, copies in order) in each test's comment.
 */
class SweepMembersTest {

    /** Every (2, w1, …, wk, 1) network with σ = x² and no biases, k = 1..3, wi = 1..4. */
    static final String SQUARE_DEFECTS = """
            dataset pts {
              point (1, 2) -> 3
            }

            sweep square_defects {
              architecture {
                input 2
                repeat [1..3] {
                  dense [1..4] bias=false
                  activation x^2
                }
                dense 1 bias=false
              }
              run dimension seed 1
              run fibre seed 2
                samples=3
              run loss data pts
              timeout 120
            }
            """;

    static Sweep sweep(String text) {
        Resource resource = NalgFiles.load("s.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        return NalgFiles.model(resource).getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast)
                .findFirst().orElseThrow();
    }

    /**
     * Depth k has 4^k width choices: 4 + 16 + 64 = 84 members. Members 0..3 have depth 1 (width
     * 1..4); members 4..19 depth 2, member 4 + 4(w1 - 1) + (w2 - 1); members 20..83 depth 3,
     * member 20 + 16(w1 - 1) + 4(w2 - 1) + (w3 - 1). So member 42 = 20 + 16 + 4 + 2 is (2, 2, 3).
     */
    @Test
    void squareDefectsHas84MembersInTheFixedOrder() {
        Sweep sweep = sweep(SQUARE_DEFECTS);
        assertEquals(84, SweepMembers.count(sweep));
        List<SweepMember> members = SweepMembers.expand(sweep, 1000);
        assertEquals(84, members.size());
        assertEquals(List.of("1 1", "1 2", "1 3", "1 4", "2 1 1", "2 1 2"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                members.subList(0, 6).stream().map(SweepMember::key).toList());
        assertEquals("2 2 1", members.get(8).key()); //$NON-NLS-1$
        assertEquals("2 4 4", members.get(19).key()); //$NON-NLS-1$
        assertEquals("3 1 1 1", members.get(20).key()); //$NON-NLS-1$
        assertEquals("3 2 2 3", members.get(42).key()); //$NON-NLS-1$
        assertEquals("3 4 4 4", members.get(83).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 1 bias=false; activation x^2; dense 1 bias=false", //$NON-NLS-1$
                members.get(0).architectureText());
        assertEquals("input 2; dense 1 bias=false; activation x^2; dense 3 bias=false; activation x^2; dense 1 bias=false", //$NON-NLS-1$
                members.get(6).architectureText());
        assertEquals("input 2; dense 2 bias=false; activation x^2; dense 2 bias=false; activation x^2; " //$NON-NLS-1$
                + "dense 3 bias=false; activation x^2; dense 1 bias=false", members.get(42).architectureText()); //$NON-NLS-1$
        for (int i = 0; i < members.size(); i++) {
            assertEquals(i, members.get(i).index());
        }
    }

    /** A member built alone is the member of the same index in the expansion. */
    @Test
    void memberAloneEqualsTheExpandedOne() {
        Sweep sweep = sweep(SQUARE_DEFECTS);
        List<SweepMember> members = SweepMembers.expand(sweep, 84);
        for (int i = 0; i < members.size(); i++) {
            SweepMember alone = SweepMembers.member(sweep, i);
            assertEquals(members.get(i).key(), alone.key());
            assertEquals(members.get(i).architectureText(), alone.architectureText());
            assertEquals(members.get(i).problems(), alone.problems());
            assertEquals(members.get(i).runs().stream().map(Analysis::getKind).toList(),
                    alone.runs().stream().map(Analysis::getKind).toList());
        }
        assertThrows(IndexOutOfBoundsException.class, () -> SweepMembers.member(sweep, 84));
    }

    /** A member's model validates cleanly, its runs are about its architecture and use the copied data. */
    @Test
    void memberModelIsValidAndItsRunsAreAboutTheMember() {
        Sweep sweep = sweep(SQUARE_DEFECTS);
        SweepMember member = SweepMembers.member(sweep, 42);
        assertEquals(List.of(), member.problems());
        assertEquals(List.of(), ModelDiagnostics.validate(member.model().eResource()));
        Architecture architecture = member.model().getElements().stream().filter(Architecture.class::isInstance)
                .map(Architecture.class::cast).findFirst().orElseThrow();
        assertEquals(2, architecture.getInput());
        assertEquals(7, architecture.getLayers().size());
        assertEquals(List.of("dimension", "fibre", "loss"), member.runs().stream().map(Analysis::getKind).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (Analysis run : member.runs()) {
            assertSame(architecture, run.getSubject());
            assertSame(member.model(), run.eContainer());
        }
        assertEquals(1L, member.runs().get(0).getSeed());
        assertEquals("3", member.runs().get(1).getOptions().get("samples")); //$NON-NLS-1$ //$NON-NLS-2$
        Dataset copy = member.runs().get(2).getDataset();
        assertSame(member.model(), copy.eContainer());
        assertEquals("pts", copy.getName()); //$NON-NLS-1$
        // the sweep itself is untouched: its runs have no subject
        assertTrue(sweep.getRuns().stream().allMatch(run -> run.getSubject() == null));
        assertEquals(List.of("pts", "square_defects_42", "square_defects_42_run1", "square_defects_42_run2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "square_defects_42_run3"), member.model().getElements().stream().map(NamedElement::getName).toList()); //$NON-NLS-1$
    }
}
