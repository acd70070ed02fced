// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The options of {@link Compare}.
 *
 * @param only
 *            problems whose id or family contains one of these words, or null for all
 * @param quick
 *            the quick problems only, one Macaulay2 formulation, fewer runs
 * @param timeout
 *            the limit of every single step, in seconds
 * @param out
 *            the Markdown file to write besides stdout, or null
 * @param product
 *            the headless product's launcher
 * @param jar
 *            the benchmarks jar (the class path of the in-process runs)
 * @param noExternal
 *            skip Macaulay2 and PHCpack
 * @param noProcess
 *            skip the whole-process runs
 * @param growth
 *            write the cost-growth section
 * @param parallel
 *            write the parallel speed-up section
 * @param heap
 *            the maximum heap of the in-process runs (the product's default)
 * @param command
 *            the command line as typed, for the report's header
 * @param help
 *            print the usage and stop
 */
record CompareOptions(List<String> only, boolean quick, long timeout, Path out, Path product, Path jar, boolean noExternal,
        boolean noProcess, boolean growth, boolean parallel, String heap, String command, boolean help) {

    static final String USAGE = """
            usage: compare.sh [--quick] [--only WORD[,WORD...]] [--timeout SECONDS] [--out FILE.md]
                              [--no-external] [--no-process] [--no-growth] [--no-parallel] [--heap 4g]
              --only       problems whose id or family contains a word: startup, quartic, rank1, veronese,
                           rnc, data, katsura, quadrics, dimension (dimension-x2, dimension-x3, dimension-depth)
              --quick      the small problems, one Macaulay2 formulation, one process run
              --timeout    limit of each step (each tool on each problem), default 300 s
              --out        also write the Markdown report there; charts go to images/ beside it""";

    static CompareOptions parse(String[] args) {
        List<String> only = null;
        boolean quick = false;
        long timeout = 300;
        Path out = null;
        Path product = Path.of(System.getProperty("compare.product", //$NON-NLS-1$
                "releng/org.neuroalgebra.repository/target/products/neuroalgebra/linux/gtk/x86_64/neuroalgebra/neuroalgebra")); //$NON-NLS-1$
        Path jar = Path.of(System.getProperty("compare.jar", "releng/org.neuroalgebra.benchmarks/target/benchmarks.jar")); //$NON-NLS-1$ //$NON-NLS-2$
        boolean noExternal = false;
        boolean noProcess = false;
        boolean growth = true;
        boolean parallel = true;
        String heap = "4g"; //$NON-NLS-1$
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = Arrays.asList(value(args, ++i).split(",")); //$NON-NLS-1$ //$NON-NLS-2$
                case "--quick" -> quick = true; //$NON-NLS-1$
                case "--timeout" -> timeout = Long.parseLong(value(args, ++i)); //$NON-NLS-1$
                case "--out" -> out = Path.of(value(args, ++i)); //$NON-NLS-1$
                case "--product" -> product = Path.of(value(args, ++i)); //$NON-NLS-1$
                case "--no-external" -> noExternal = true; //$NON-NLS-1$
                case "--no-process" -> noProcess = true; //$NON-NLS-1$
                case "--no-growth" -> growth = false; //$NON-NLS-1$
                case "--no-parallel" -> parallel = false; //$NON-NLS-1$
                case "--heap" -> heap = value(args, ++i); //$NON-NLS-1$
                case "--help", "-h" -> help = true; //$NON-NLS-1$ //$NON-NLS-2$
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be positive"); //$NON-NLS-1$
        }
        String command = System.getProperty("compare.command", "compare.sh " + String.join(" ", args)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new CompareOptions(only, quick, timeout, out, product.toAbsolutePath(), jar.toAbsolutePath(), noExternal,
                noProcess, growth, parallel, heap, command, help);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value"); //$NON-NLS-1$
        }
        return args[i];
    }

    boolean selects(Problem problem) {
        if (quick && !problem.quick()) {
            return false;
        }
        return only == null || only.stream().anyMatch(word -> problem.id().contains(word) || problem.family().contains(word));
    }

    boolean selectsStartup() {
        return only == null || only.contains("startup"); //$NON-NLS-1$
    }

    /** @return where the charts go: images/ beside the report, or null without --out */
    Path imageDirectory() {
        return out == null ? null : out.toAbsolutePath().getParent().resolve("images"); //$NON-NLS-1$
    }
}
