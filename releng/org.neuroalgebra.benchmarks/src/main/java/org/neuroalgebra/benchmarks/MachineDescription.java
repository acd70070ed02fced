// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The report's header: when, where, with which versions, by which command. */
final class MachineDescription {

    private MachineDescription() {
    }

    static String header(CompareOptions options, Path work) throws InterruptedException {
        StringBuilder text = new StringBuilder("# Benchmarks: Neuroalgebra, Macaulay2 and PHCpack side by side\n\n"); //$NON-NLS-1$
        text.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n'); //$NON-NLS-1$
        text.append("- command: `").append(options.command()).append("`\n"); //$NON-NLS-1$ //$NON-NLS-2$
        text.append("- machine: ").append(cpu()).append(", ").append(memory()).append(", load average at start ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(read("/proc/loadavg").split(" ")[0]).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        text.append("- Java: ").append(System.getProperty("java.vm.vendor")).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                .append(System.getProperty("java.runtime.version")).append(" (in-process runs: -Xmx").append(options.heap()) //$NON-NLS-1$ //$NON-NLS-2$
                .append(", the product's default heap)\n"); //$NON-NLS-1$
        text.append("- Macaulay2: ").append(version("macaulay2", work)).append("; PHCpack: ").append(version("phcpack", work)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .append('\n');
        text.append("- product: `").append(options.product()).append("`\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return text.toString();
    }

    private static String cpu() {
        List<String> lines = read("/proc/cpuinfo").lines().toList(); //$NON-NLS-1$
        String model = lines.stream().filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim()) //$NON-NLS-1$
                .findFirst().orElse(System.getProperty("os.arch")); //$NON-NLS-1$
        return model + ", " + Runtime.getRuntime().availableProcessors() + " processors"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String memory() {
        return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
                .map(l -> String.format("%.1f GB RAM", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .orElse("memory unknown"); //$NON-NLS-1$
    }

    private static String version(String debianPackage, Path work) throws InterruptedException {
        try {
            TimedProcess query = TimedProcess.run(List.of("dpkg-query", "-W", "-f", "${Version}", debianPackage), work, 30, Map.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return query.ok() && !query.out().isBlank() ? query.out().trim() + " (Debian)" : "not installed"; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            return "unknown"; //$NON-NLS-1$
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "?"; //$NON-NLS-1$
        }
    }
}
