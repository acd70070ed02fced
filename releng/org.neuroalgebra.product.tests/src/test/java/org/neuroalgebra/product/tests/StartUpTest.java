// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the script starts the framework (docs/BUILD.md, "Start-up of the headless product"): from
 * the class path, its classes out of the JVM's start-up cache, so that a cache the JVM silently
 * refuses, or a script that silently falls back to the Equinox launcher, fails here rather than
 * only being slower. The JVM's class loading log says which class came from where. The Equinox
 * launcher, which the script uses for installs with framework extensions, is started by
 * releng/scripts/p2-install-check.sh in a full Eclipse.
 */
class StartUpTest {

    private static final String CLASS_PATH_LAUNCHER = "org.neuroalgebra.app.internal.ClassPathLauncher"; //$NON-NLS-1$
    private static final String EQUINOX_LAUNCHER = "org.eclipse.equinox.launcher.Main"; //$NON-NLS-1$
    private static final String FROM_THE_CACHE = " source: shared objects file"; //$NON-NLS-1$

    @TempDir
    Path directory;

    @Test
    void theFrameworkStartsFromTheClassPathOutOfTheStartUpCache() throws Exception {
        assumeTrue(Files.isRegularFile(Product.HOME.resolve("neuroalgebra.aot")), //$NON-NLS-1$
                "the build made no start-up cache (it needs Java 25)"); //$NON-NLS-1$
        Product.Run run = Product.run(loggingClassLoads(Product.HOME));
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("usage: neuroalgebra"), run::toString); //$NON-NLS-1$
        assertTrue(run.err().contains(CLASS_PATH_LAUNCHER + FROM_THE_CACHE), run::toString);
        assertTrue(run.err().contains("org.eclipse.core.runtime.adaptor.EclipseStarter" + FROM_THE_CACHE), run::toString); //$NON-NLS-1$
        assertFalse(run.err().contains(EQUINOX_LAUNCHER), run::toString);
    }

    @Test
    void anInstallWhosePathHoldsSpacesStartsOutOfItsCacheToo() throws Exception {
        assumeTrue(Files.isRegularFile(Product.HOME.resolve("neuroalgebra.aot")), //$NON-NLS-1$
                "the build made no start-up cache (it needs Java 25)"); //$NON-NLS-1$
        // The cache's options were once split at the spaces: the JVM took the rest of the path for
        // its main class and printed the cache's errors on stdout.
        Path install = copyOfTheProduct(directory.resolve("a folder").resolve("neuroalgebra")); //$NON-NLS-1$ //$NON-NLS-2$
        Product.Run run = Product.run(loggingClassLoads(install));
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("usage: neuroalgebra"), run::toString); //$NON-NLS-1$
        assertTrue(run.err().contains(CLASS_PATH_LAUNCHER + FROM_THE_CACHE), run::toString);
    }

    /** {@code help} of the install's script, with the JVM's class loading log on stderr. */
    private ProcessBuilder loggingClassLoads(Path install) {
        ProcessBuilder builder = Product.builder(directory.resolve("config"), "help"); //$NON-NLS-1$ //$NON-NLS-2$
        builder.command().set(0, install.resolve("neuroalgebra").toString()); //$NON-NLS-1$
        // The runtime that trained the cache: the build's, which runs these tests.
        builder.environment().put("NEUROALGEBRA_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        builder.environment().put("NEUROALGEBRA_VMARGS", "-Xlog:class+load=info:stderr"); //$NON-NLS-1$ //$NON-NLS-2$
        return builder;
    }

    /** @return a copy of the product at {@code target} (the JVM's cache accepts a moved class path) */
    private static Path copyOfTheProduct(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(Product.HOME)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(Product.HOME.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
