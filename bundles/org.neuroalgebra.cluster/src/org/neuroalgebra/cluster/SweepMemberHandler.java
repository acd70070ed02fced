// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.sweep.MemberEvaluation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The task handler {@value ClusterSweepExecutor#HANDLER_ID}: evaluates one member of a sweep
 * (a work unit of {@code org.neuroalgebra.sweep}) with the analyses installed in this JVM, so that
 * every member of a cluster, {@code neuroalgebra worker} or the one coordinating a sweep, can
 * compute any member of any sweep.
 */
@Component(service = TaskHandler.class)
public final class SweepMemberHandler implements TaskHandler {

    private final MemberEvaluation evaluation;

    /**
     * @param registry
     *            the analyses the members' runs name
     */
    @Activate
    public SweepMemberHandler(@Reference AnalysisRegistry registry) {
        this.evaluation = new MemberEvaluation(registry);
    }

    @Override
    public String id() {
        return ClusterSweepExecutor.HANDLER_ID;
    }

    @Override
    public String handle(String workUnit) {
        return evaluation.evaluate(workUnit);
    }
}
