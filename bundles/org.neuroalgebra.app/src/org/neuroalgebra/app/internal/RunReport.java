// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What a {@code run} has produced so far: one entry per finished block, and the block running
 * now. An interrupt turns it into a complete report at any moment: the finished blocks as they
 * are and the running one marked canceled, so Ctrl-C never loses finished work and the JSON
 * stays valid.
 */
final class RunReport {

    private final String file;
    private final boolean json;
    private final int blocks;
    private final JsonArray results = new JsonArray();
    private String running;

    RunReport(String file, boolean json, int blocks) {
        this.file = file;
        this.json = json;
        this.blocks = blocks;
    }

    synchronized void started(String block) {
        running = block;
    }

    synchronized void finished(JsonObject entry) {
        results.add(entry);
        running = null;
    }

    /** @return the whole report, with the running block (if any) marked canceled */
    synchronized JsonObject document(boolean interrupted) {
        JsonObject report = new JsonObject();
        report.addProperty("file", file); //$NON-NLS-1$
        JsonArray all = results.deepCopy();
        if (interrupted && running != null) {
            all.add(canceled(running));
        }
        report.add("results", all); //$NON-NLS-1$
        if (interrupted) {
            report.addProperty("interrupted", true); //$NON-NLS-1$
        }
        return report;
    }

    /** @return what standard output still needs after an interrupt: text mode printed the finished blocks already */
    synchronized String interruptedOutput() {
        if (json) {
            return CommandLine.toJsonText(document(true)) + System.lineSeparator();
        }
        return running == null ? "" : "   canceled: interrupted" + System.lineSeparator(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    synchronized String interruptedMessage() {
        return "neuroalgebra: interrupted; " + results.size() + " of " + blocks + " blocks finished" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (running == null ? "" : ", '" + running + "' canceled") + System.lineSeparator(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static JsonObject canceled(String block) {
        JsonObject entry = new JsonObject();
        entry.addProperty("analysis", block); //$NON-NLS-1$
        entry.addProperty("error", "canceled: interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
        entry.addProperty("canceled", true); //$NON-NLS-1$
        return entry;
    }
}
