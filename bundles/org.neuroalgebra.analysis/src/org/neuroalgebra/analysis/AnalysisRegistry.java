// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * Outside OSGi (tests, plain Java), create an instance and {@link #add(IAnalysis)} analyses.
 */
@Component(service = AnalysisRegistry.class)
public class AnalysisRegistry {

    private final Map<String, IAnalysis> analyses = new ConcurrentHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public synchronized void add(IAnalysis analysis) {
        IAnalysis previous = analyses.putIfAbsent(analysis.id(), analysis);
        if (previous != null && previous != analysis) {
            conflicts.add("analysis id '" + analysis.id() + "' is provided by both " //$NON-NLS-1$ //$NON-NLS-2$
                    + previous.getClass().getName() + " and " + analysis.getClass().getName()); //$NON-NLS-1$
        }
    }

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

    /** @return descriptions of duplicate ids met so far */
    public synchronized List<String> conflicts() {
        return List.copyOf(conflicts);
    }
}
