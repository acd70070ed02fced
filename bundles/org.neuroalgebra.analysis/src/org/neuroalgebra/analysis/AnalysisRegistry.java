// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.validation.AnalysisCatalog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of analyses: collects every {@link IAnalysis} service, built-in or contributed
 * by a third-party bundle, and looks them up by id. Two services with the same id are a
 * configuration error; the first one registered wins and the clash is reported by
 * {@link #conflicts()}.
 * <p>
 * It is also the model's {@link AnalysisCatalog}: model validation checks the ids of analysis
 * blocks, and the declarations of the analyses they name, against the installed analyses.
 * <p>
 * Outside OSGi (tests, plain Java), create an instance and {@link #add(IAnalysis)} analyses;
 * {@link AnalysisCatalog#setDefault} makes it the catalog of model validation there.
 */
@Component(service = { AnalysisRegistry.class, AnalysisCatalog.class })
public class AnalysisRegistry implements AnalysisCatalog {

    private final Map<String, IAnalysis> analyses = new ConcurrentHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    /** Creates an empty registry; Declarative Services adds the installed analyses. */
    public AnalysisRegistry() {
        // the analyses arrive through add(IAnalysis)
    }

    /**
     * Registers an analysis under its id. A second analysis with an id already taken is not
     * registered and is recorded in {@link #conflicts()}.
     *
     * @param analysis
     *            the analysis service
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public synchronized void add(IAnalysis analysis) {
        IAnalysis previous = analyses.putIfAbsent(analysis.id(), analysis);
        if (previous != null && previous != analysis) {
            conflicts.add("analysis id '" + analysis.id() + "' is provided by both " //$NON-NLS-1$ //$NON-NLS-2$
                    + previous.getClass().getName() + " and " + analysis.getClass().getName()); //$NON-NLS-1$
        }
    }

    /**
     * Unregisters an analysis (its bundle stopped); another analysis with the same id stays.
     *
     * @param analysis
     *            the analysis service
     */
    public synchronized void remove(IAnalysis analysis) {
        analyses.remove(analysis.id(), analysis);
    }

    /** @return the analysis with this id, if one is registered */
    public Optional<IAnalysis> find(String id) {
        return Optional.ofNullable(analyses.get(id));
    }

    /** @return all registered analyses, sorted by id so listings are stable */
    public Collection<IAnalysis> all() {
        return analyses.values().stream().sorted(Comparator.comparing(IAnalysis::id)).toList();
    }

    @Override
    public List<String> analysisIds() {
        return all().stream().map(IAnalysis::id).toList();
    }

    @Override
    public List<Violation> check(Analysis block) {
        IAnalysis analysis = block.getKind() == null ? null : analyses.get(block.getKind());
        if (analysis == null) {
            return List.of();
        }
        return AnalysisPreflight.declarations(block, analysis);
    }

    /** @return descriptions of duplicate ids met so far */
    public synchronized List<String> conflicts() {
        return List.copyOf(conflicts);
    }
}
