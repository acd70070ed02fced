// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.function.UnaryOperator;

/** Task handlers for the tests, written as a function. */
final class Handlers {

    private Handlers() {
    }

    static TaskHandler of(String id, UnaryOperator<String> work) {
        return new TaskHandler() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String handle(String workUnit) {
                return work.apply(workUnit);
            }
        };
    }
}
