// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.sweep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.internal.text.SweepTemplate;
import org.neuroalgebra.model.layers.LayerText;
import org.neuroalgebra.model.text.NalgDiagnostic;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.model.validation.ModelProblem.Severity;
import org.neuroalgebra.model.validation.NeuroalgebraValidator;

/**
 * The members of a {@link Sweep}: all combinations of its template's choices, in a fixed order.
 * Choice points are taken in template order, the first varying slowest; a repeat's count is a
 * choice point placed before its body, and each copy of the body has its own choice points, in
 * copy order. For
 *
 * <pre>
 * input 2
 * repeat [1..2] {
 *   dense [1..4] bias=false
 *   activation x^2
 * }
 * dense 1 bias=false
 * </pre>
 *
 * member 0 is {@code "1 1"}, member 3 is {@code "1 4"}, member 4 is {@code "2 1 1"}, member 5
 * is {@code "2 1 2"}, and there are 4 + 4² = 20 members. A member is built from its index alone,
 * so a worker can build just its own. The sweep must be free of syntax errors (as a parsed file
 * without errors is); its members are validated one by one, see {@link SweepMember#problems()}.
 */
public final class SweepMembers {

    private SweepMembers() {
    }

    /**
     * @param sweep
     *            a sweep
     * @return the number of members, computed without expanding them; {@link Long#MAX_VALUE}
     *         when there are that many or more
     * @throws IllegalArgumentException
     *             if the template has a syntax error
     */
    public static long count(Sweep sweep) {
        BigInteger count = template(sweep).count();
        return count.bitLength() < Long.SIZE ? count.longValue() : Long.MAX_VALUE;
    }

    /**
     * @param sweep
     *            a sweep
     * @param limit
     *            the largest number of members to build
     * @return all members, in order
     * @throws IllegalArgumentException
     *             if the sweep has more than {@code limit} members (the message says how many),
     *             or its template has a syntax error
     */
    public static List<SweepMember> expand(Sweep sweep, long limit) {
        SweepTemplate template = template(sweep);
        BigInteger count = template.count();
        long largest = Math.min(limit, Integer.MAX_VALUE);
        if (count.compareTo(BigInteger.valueOf(largest)) > 0) {
            throw new IllegalArgumentException("sweep '" + sweep.getName() + "' has " + count //$NON-NLS-1$ //$NON-NLS-2$
                    + " members, more than the limit of " + largest); //$NON-NLS-1$
        }
        List<SweepMember> members = new ArrayList<>();
        for (int index = 0; index < count.intValueExact(); index++) {
            members.add(member(sweep, template, index, BigInteger.valueOf(NeuroalgebraValidator.DEFAULT_MONOMIAL_LIMIT)));
        }
        return members;
    }

    /**
     * @param sweep
     *            a sweep
     * @param index
     *            a member index, 0 to {@link #count} - 1
     * @return that member, built without building the others
     * @throws IndexOutOfBoundsException
     *             if there is no member of that index
     * @throws IllegalArgumentException
     *             if the template has a syntax error
     */
    public static SweepMember member(Sweep sweep, int index) {
        return member(sweep, index, NeuroalgebraValidator.DEFAULT_MONOMIAL_LIMIT);
    }

    /**
     * @param monomialLimit
     *            the largest ambient dimension (number of monomials) the member's architecture may
     *            need, as in {@link NeuroalgebraValidator#MONOMIAL_LIMIT}
     * @see #member(Sweep, int)
     */
    public static SweepMember member(Sweep sweep, int index, long monomialLimit) {
        return member(sweep, template(sweep), index, BigInteger.valueOf(monomialLimit));
    }

    private static SweepTemplate template(Sweep sweep) {
        SweepTemplate template = SweepTemplate.of(sweep);
        List<NalgDiagnostic> errors = template.errors();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("sweep '" + sweep.getName() + "' has a syntax error: " //$NON-NLS-1$ //$NON-NLS-2$
                    + errors.get(0).format());
        }
        return template;
    }

    private static SweepMember member(Sweep sweep, SweepTemplate template, int index, BigInteger monomialLimit) {
        SweepTemplate.Member expanded = template.member(BigInteger.valueOf(index));
        Architecture architecture = expanded.architecture();
        NeuroalgebraModel model = NalgFactory.eINSTANCE.createNeuroalgebraModel();
        Resource file = sweep.eResource();
        String location = file == null || file.getURI() == null ? null : file.getURI().toString();
        if (location != null) {
            new ResourceImpl(file.getURI()).getContents().add(model);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<NamedElement> blocks = copier.copyAll(otherBlocks(sweep));
        Collection<Analysis> runs = copier.copyAll(sweep.getRuns());
        copier.copyReferences();
        // the copies keep the positions of the originals, so that their problems point into the file
        copier.forEach((original, copy) -> {
            SourceLocation position = SourceLocation.get(original);
            if (position != null) {
                copy.eAdapters().add(position.map(p -> p));
            }
        });
        model.getElements().addAll(blocks);
        architecture.setName(uniqueName(sweep.getName() + "_" + index, blocks)); //$NON-NLS-1$
        model.getElements().add(architecture);
        int position = 1;
        for (Analysis run : runs) {
            run.setName(architecture.getName() + "_run" + position++); //$NON-NLS-1$
            run.setSubject(architecture);
            model.getElements().add(run);
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (NalgDiagnostic error : expanded.errors()) {
            problems.add(new ModelProblem(Severity.ERROR, location, error.getLine(), error.getColumn(), error.getMessage()));
        }
        if (problems.isEmpty()) {
            problems.addAll(ModelDiagnostics.validate(architecture, location, monomialLimit, null));
            for (Analysis run : runs) {
                problems.addAll(ModelDiagnostics.validate(run, location, monomialLimit, null));
            }
        }
        // what could not be read is shown as written
        String text = expanded.errors().isEmpty() ? text(architecture) : String.join("; ", expanded.statements()); //$NON-NLS-1$
        return new SweepMember(index, key(expanded.values()), text, model, List.copyOf(runs), List.copyOf(problems));
    }

    /** @return the blocks of the sweep's file a member may refer to: all but analyses and sweeps */
    private static List<NamedElement> otherBlocks(Sweep sweep) {
        if (!(sweep.eContainer() instanceof NeuroalgebraModel file)) {
            return List.of();
        }
        return file.getElements().stream().filter(e -> !(e instanceof Analysis) && !(e instanceof Sweep)).toList();
    }

    private static String uniqueName(String wanted, Collection<NamedElement> taken) {
        Set<String> names = taken.stream().map(NamedElement::getName).collect(Collectors.toSet());
        String name = wanted;
        while (names.contains(name)) {
            name += "_"; //$NON-NLS-1$
        }
        return name;
    }

    /** @return the architecture's statements in canonical form, on one line */
    private static String text(Architecture architecture) {
        List<String> statements = new ArrayList<>();
        if (architecture.isSetInput()) {
            statements.add("input " + architecture.getInput()); //$NON-NLS-1$
        }
        for (Layer layer : architecture.getLayers()) {
            statements.add(LayerText.line(layer));
        }
        return String.join("; ", statements); //$NON-NLS-1$
    }

    private static String key(List<String> values) {
        return values.stream().map(v -> v.replaceAll("[\\s\"]", "")).collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
