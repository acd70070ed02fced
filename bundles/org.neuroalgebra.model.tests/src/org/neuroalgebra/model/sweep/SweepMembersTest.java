// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.ScaleKind;
import org.neuroalgebra.model.text.NalgFiles;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

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
              run fiber seed 2
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
        assertEquals(List.of("dimension", "fiber", "loss"), member.runs().stream().map(Analysis::getKind).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

    /**
     * Radices 2, 3, 2, 2, 3 (input, width, bias, activation, output width), so weights 36, 12, 6,
     * 3, 1: member 50 = 36 + 12 + 2 is input 3, width 2, bias true, x^2, output width 5; member 9
     * = 6 + 3 is input 2, width 1, no bias, x^3 + x^2, output width 1.
     */
    @Test
    void rangesListsActivationsAndBooleans() {
        Sweep sweep = sweep("""
                sweep kinds {
                  architecture {
                    input [2..3]
                    dense [1, 2, 8] bias=[true, false]
                    activation [x^2, x^3 + x^2]
                    dense [1..2, 5]
                  }
                  run dimension
                }
                """);
        assertEquals(72, SweepMembers.count(sweep));
        List<SweepMember> members = SweepMembers.expand(sweep, 72);
        assertEquals("2 1 true x^2 1", members.get(0).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 1; activation x^2; dense 1", members.get(0).architectureText()); //$NON-NLS-1$
        assertEquals("2 1 true x^2 5", members.get(2).key()); //$NON-NLS-1$
        assertEquals("3 2 true x^2 5", members.get(50).key()); //$NON-NLS-1$
        assertEquals("input 3; dense 2; activation x^2; dense 5", members.get(50).architectureText()); //$NON-NLS-1$
        assertEquals("2 1 false x^3+x^2 1", members.get(9).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 1 bias=false; activation x^3 + x^2; dense 1", members.get(9).architectureText()); //$NON-NLS-1$
        assertEquals("3 8 false x^3+x^2 5", members.get(71).key()); //$NON-NLS-1$
        assertTrue(members.stream().allMatch(SweepMember::isValid));
    }

    /** Attributes of convolution and attention layers: 2 · 2 · 2 = 8 and 2 · 2 = 4 members. */
    @Test
    void convolutionAndAttentionAttributes() {
        Sweep convolutions = sweep("""
                sweep convolutions {
                  architecture {
                    input [4..5]
                    conv kernel=[2..3] stride=[1, 2] bias=false
                  }
                  run dimension
                }
                """);
        assertEquals(8, SweepMembers.count(convolutions));
        // member 6 = 4 + 2: input 5, kernel 3, stride 1
        SweepMember seventh = SweepMembers.member(convolutions, 6);
        assertEquals("5 3 1", seventh.key()); //$NON-NLS-1$
        assertEquals("input 5; conv kernel=3 stride=1 bias=false", seventh.architectureText()); //$NON-NLS-1$
        assertEquals(List.of(), seventh.problems());
        // member 5 = 4 + 1 (kernel 2, stride 2) leaves the last input value out: a warning, still valid
        SweepMember sixth = SweepMembers.member(convolutions, 5);
        assertEquals("input 5; conv kernel=2 stride=2 bias=false", sixth.architectureText()); //$NON-NLS-1$
        assertEquals(List.of("s.nalg:4:35: warning: conv kernel=2 stride=2 does not tile a signal of length 5: the output " //$NON-NLS-1$
                + "length (5 - 2)/2 + 1 is not an integer, so the last 1 input value(s) are ignored"), //$NON-NLS-1$
                sixth.problems().stream().map(ModelProblem::format).toList());
        assertTrue(sixth.isValid());
        Sweep attention = sweep("""
                sweep lightning {
                  architecture {
                    attention d=[2..3] t=2 a=[1, 2]
                  }
                  run dimension
                }
                """);
        assertEquals(4, SweepMembers.count(attention));
        SweepMember last = SweepMembers.member(attention, 3);
        assertEquals("3 2", last.key()); //$NON-NLS-1$
        assertEquals("attention d=3 t=2 a=2", last.architectureText()); //$NON-NLS-1$
        assertEquals(List.of(), last.problems());
    }

    /**
     * Twelve copies of a layer of ten widths: 10^12 members, counted without building any. Member
     * 123456789 reads its index as twelve decimal digits 000123456789, the first copy slowest,
     * each digit d giving the width d + 1.
     */
    @Test
    void aTrillionMembersAreCountedNotExpanded() {
        Sweep sweep = sweep("""
                sweep huge {
                  architecture {
                    input 2
                    repeat [12] {
                      dense [1..10]
                    }
                  }
                  run dimension
                }
                """);
        assertEquals(1_000_000_000_000L, SweepMembers.count(sweep));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SweepMembers.expand(sweep, 1_000_000));
        assertEquals("sweep 'huge' has 1000000000000 members, more than the limit of 1000000", refused.getMessage()); //$NON-NLS-1$
        assertEquals("12 1 1 1 2 3 4 5 6 7 8 9 10", SweepMembers.member(sweep, 123_456_789).key()); //$NON-NLS-1$
    }

    /**
     * A repeat of 0 to 2 copies of two choices of 3 and 2 values has 1 + 6 + 36 = 43 members;
     * member 0 has no copy, member 1 is the first with one copy.
     */
    @Test
    void repeatCountsStartAtZeroAndNest() {
        Sweep sweep = sweep("""
                sweep nested {
                  architecture {
                    input 2
                    repeat [0..2] {
                      dense [1..3]
                      repeat [1] {
                        activation [x^2, x^3]
                      }
                    }
                    dense 1
                  }
                  run dimension
                }
                """);
        assertEquals(43, SweepMembers.count(sweep));
        assertEquals("0", SweepMembers.member(sweep, 0).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 1", SweepMembers.member(sweep, 0).architectureText()); //$NON-NLS-1$
        assertEquals("1 1 1 x^2", SweepMembers.member(sweep, 1).key()); //$NON-NLS-1$
        // a copy's index is 2·(width - 1) + (0 for x^2, 1 for x^3); member 7 + 6·3 + 4 = 29 has two copies,
        // the first of index 3 (width 2, x^3), the second of index 4 (width 3, x^2)
        assertEquals("2 2 1 x^3 3 1 x^2", SweepMembers.member(sweep, 29).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 2; activation x^3; dense 3; activation x^2; dense 1", //$NON-NLS-1$
                SweepMembers.member(sweep, 29).architectureText());
    }

    /**
     * The example sweeps: 84 members for σ = x² (the defective (2,2,1,1) and (2,2,3,4,1) are
     * members 8 and 47, see the square defects test for the order), and 3 · 3 linear networks
     * (m, 1, n) for rank-one matrices, member 3m + n - 8 for m, n = 2..4.
     */
    @Test
    void exampleSweeps() throws IOException {
        String text;
        try (InputStream in = Examples.url("sweeps.nalg").openStream()) { //$NON-NLS-1$
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        NeuroalgebraModel model = NalgFiles.model(NalgFiles.load("sweeps.nalg", text)); //$NON-NLS-1$
        Sweep squares = (Sweep) model.getElements().get(0);
        Sweep rankOne = (Sweep) model.getElements().get(1);
        assertEquals(84, SweepMembers.count(squares));
        assertEquals("input 2; dense 2 bias=false; activation x^2; dense 1 bias=false; activation x^2; dense 1 bias=false", //$NON-NLS-1$
                SweepMembers.member(squares, 8).architectureText());
        assertEquals("input 2; dense 2 bias=false; activation x^2; dense 3 bias=false; activation x^2; " //$NON-NLS-1$
                + "dense 4 bias=false; activation x^2; dense 1 bias=false", SweepMembers.member(squares, 47).architectureText()); //$NON-NLS-1$
        assertEquals(9, SweepMembers.count(rankOne));
        SweepMember threeByTwo = SweepMembers.member(rankOne, 3 * 3 + 2 - 8);
        assertEquals("3 2", threeByTwo.key()); //$NON-NLS-1$
        assertEquals("input 3; dense 1 bias=false; dense 2 bias=false", threeByTwo.architectureText()); //$NON-NLS-1$
        assertEquals(7L, threeByTwo.runs().get(0).getMetric().getSeed());
        assertEquals(List.of(), threeByTwo.problems());
    }

    /**
     * Three nested repeats of up to 1000 copies have about 2^(10^9) members: counting stops at
     * 10^19 instead of computing that number, and a member is still found from its index. Member
     * 1 has one copy of each repeat (the counts 1, 1, 1) and its layer's second width.
     */
    @Test
    void astronomicalCountsStopAtTenToTheNineteen() {
        Sweep sweep = sweep("""
                sweep astronomical {
                  architecture {
                    input 2
                    repeat [1..1000] {
                      repeat [1..1000] {
                        repeat [1..1000] {
                          dense [1..2]
                        }
                      }
                    }
                  }
                  run dimension
                }
                """);
        assertEquals(Long.MAX_VALUE, SweepMembers.count(sweep));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SweepMembers.expand(sweep, 10));
        assertEquals("sweep 'astronomical' has at least 10^19 members, more than the limit of 10", refused.getMessage()); //$NON-NLS-1$
        assertEquals("1 1 1 2", SweepMembers.member(sweep, 1).key()); //$NON-NLS-1$
        assertEquals("input 2; dense 2", SweepMembers.member(sweep, 1).architectureText()); //$NON-NLS-1$
    }

    /**
     * A contributed layer kind takes choice sets like the built-in ones, and its own check of a
     * value is reported at the entry that gave it: c = 0 makes the network constant.
     */
    @Test
    void contributedLayerKindsTakeChoiceSets() {
        try (LayerKindRegistry.Registration scale = LayerKindRegistry.shared().register(new ScaleKind())) {
            Sweep sweep = sweep("""
                    sweep scaled {
                      architecture {
                        input 2
                        dense 3
                        scale c=[0, 3/2] power=[1..2]
                        dense 1
                      }
                      run dimension
                    }
                    """);
            assertEquals(4, SweepMembers.count(sweep));
            assertEquals(List.of("s.nalg:5:14: scale c must not be 0 (the network would be constant)"), //$NON-NLS-1$
                    SweepMembers.member(sweep, 0).problems().stream().map(ModelProblem::format).toList());
            SweepMember last = SweepMembers.member(sweep, 3);
            assertEquals("3/2 2", last.key()); //$NON-NLS-1$
            assertEquals("input 2; dense 3; scale c=3/2 power=2; dense 1", last.architectureText()); //$NON-NLS-1$
            assertEquals(List.of(), last.problems());
        }
    }
}
