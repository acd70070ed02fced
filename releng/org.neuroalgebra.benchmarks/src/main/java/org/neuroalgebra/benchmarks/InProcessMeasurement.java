// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What one {@link InProcessRun} reported, read from its {@code RESULT} line. */
final class InProcessMeasurement {

    boolean timedOut;
    String error;
    int exit = -1;
    double median;
    int runs;
    boolean warm;
    Integer answer;
    Boolean certified;
    String formulation = ""; //$NON-NLS-1$
    int failedPaths;
    double rssMb = -1;
    double heapMb = -1;

    /**
     * Runs the problem in a JVM of its own with the product's heap.
     *
     * @param processors
     *            the processors the JVM is told it has (0: all)
     */
    static InProcessMeasurement run(CompareOptions options, Path work, List<String> arguments, String answerKey,
            int processors) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        command.add("-Xmx" + options.heap()); //$NON-NLS-1$
        if (processors > 0) {
            command.add("-XX:ActiveProcessorCount=" + processors); //$NON-NLS-1$
        }
        command.add("-Djava.awt.headless=true"); //$NON-NLS-1$
        command.add("-cp"); //$NON-NLS-1$
        command.add(options.jar().toString());
        command.add(InProcessRun.class.getName());
        command.add(options.quick() ? "3" : "7"); //$NON-NLS-1$ //$NON-NLS-2$
        command.add(options.quick() ? "20" : "60"); //$NON-NLS-1$ //$NON-NLS-2$
        command.addAll(arguments);
        command.add("--json"); //$NON-NLS-1$
        TimedProcess process = TimedProcess.run(command, work, options.timeout(), Map.of());
        InProcessMeasurement result = new InProcessMeasurement();
        result.timedOut = process.timedOut();
        String line = process.out().lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null); //$NON-NLS-1$
        if (line == null) {
            result.error = process.timedOut() ? "timeout" : process.firstErrorLine(); //$NON-NLS-1$
            return result;
        }
        JsonObject json = JsonParser.parseString(line.substring("RESULT ".length())).getAsJsonObject(); //$NON-NLS-1$
        result.exit = json.get("exit").getAsInt(); //$NON-NLS-1$
        result.median = json.get("median").getAsDouble(); //$NON-NLS-1$
        result.runs = json.get("runs").getAsInt(); //$NON-NLS-1$
        result.warm = json.get("warm").getAsBoolean(); //$NON-NLS-1$
        result.rssMb = json.get("rssMb").getAsDouble(); //$NON-NLS-1$
        result.heapMb = json.get("heapMb").getAsDouble(); //$NON-NLS-1$
        result.error = json.get("error").getAsString(); //$NON-NLS-1$
        if (json.has("output") && json.get("output").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonObject output = json.getAsJsonObject("output"); //$NON-NLS-1$
            result.answer = integer(output, answerKey);
            result.certified = output.has("certified") && !output.get("certified").isJsonNull() //$NON-NLS-1$ //$NON-NLS-2$
                    ? Boolean.valueOf(output.get("certified").getAsBoolean()) : null; //$NON-NLS-1$
            result.formulation = formulation(output);
            Integer failed = integer(output, "failedPaths"); //$NON-NLS-1$
            result.failedPaths = failed == null ? 0 : failed.intValue();
        }
        return result;
    }

    boolean ok() {
        return !timedOut && exit == 0 && answer != null;
    }

    /** @return the answer in the {@code --json} text of a run, or null */
    static Integer answer(String jsonText, String key) {
        try {
            JsonElement json = JsonParser.parseString(jsonText);
            return json.isJsonObject() ? integer(json.getAsJsonObject(), key) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer integer(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : Integer.valueOf(value.getAsInt());
    }

    /** The engine's own words: its formulation field, then the first clause of its method. */
    private static String formulation(JsonObject output) {
        String method = output.has("method") && !output.get("method").isJsonNull() ? output.get("method").getAsString() : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        int end = method.length();
        for (char stop : new char[] { ':', ';', ',', '(' }) {
            int at = method.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String clause = method.substring(0, Math.min(end, 70)).trim();
        JsonElement formulation = output.get("formulation"); //$NON-NLS-1$
        return formulation == null || formulation.isJsonNull() ? clause : formulation.getAsString() + ": " + clause; //$NON-NLS-1$
    }

    /** @return the time as the table shows it, or why there is none */
    String time() {
        if (timedOut) {
            return "timeout"; //$NON-NLS-1$
        }
        if (exit != 0) {
            return "failed"; //$NON-NLS-1$
        }
        return Table.seconds(median) + (warm ? "" : " (1 cold run)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    String summary() {
        if (timedOut || exit != 0) {
            return time() + (error == null || error.isEmpty() ? "" : " (" + error + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return String.format(Locale.ROOT, "%s, median %.3f s of %d run(s), certified %s, %s, %d failed paths, peak RSS %.0f MB", //$NON-NLS-1$
                answer, median, runs, certified, formulation, failedPaths, rssMb);
    }
}
