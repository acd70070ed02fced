// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exports of the suite's bundles, read from the manifests and sources of the repository:
 * implementation packages are hidden ({@code x-internal} or {@code x-friends}), friend lists name
 * bundles that exist and use the package, and every exported package says in its
 * {@code package-info.java} whether it is API (docs/EXTENDING.md, "The API").
 */
class ExportedPackagesTest {

    /** Third-party code repackaged as a bundle: its exports are not ours to describe. */
    private static final Set<String> THIRD_PARTY = Set.of("org.neuroalgebra.lib.ejml"); //$NON-NLS-1$

    /**
     * The samples are written as a third party would write them; what they say of their own
     * packages is theirs.
     */
    private static final String SAMPLES = "org.neuroalgebra.sample."; //$NON-NLS-1$

    private static final Pattern REFERENCE = Pattern
            .compile("\\b(org\\.neuroalgebra(?:\\.[a-z_][a-z0-9_]*)+)\\.[A-Z*]"); //$NON-NLS-1$
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE); //$NON-NLS-1$

    /** One bundle of the repository. */
    private record Bundle(String name, Path directory, String host, List<Export> exports, Set<String> uses) {
    }

    /** One entry of Export-Package. */
    private record Export(String name, boolean internal, List<String> friends) {
        boolean hidden() {
            return internal || !friends.isEmpty();
        }
    }

    private static Map<String, Bundle> bundles;

    @BeforeAll
    static void readBundles() throws IOException {
        Path root = repositoryRoot();
        bundles = new TreeMap<>();
        try (Stream<Path> directories = Files.list(root.resolve("bundles"))) { //$NON-NLS-1$
            for (Path directory : directories.toList()) {
                Path manifest = directory.resolve("META-INF/MANIFEST.MF"); //$NON-NLS-1$
                if (Files.isRegularFile(manifest)) {
                    Bundle bundle = read(directory, headers(manifest));
                    bundles.put(bundle.name(), bundle);
                }
            }
        }
    }

    @Test
    void theRepositoryWasRead() {
        assertTrue(bundles.containsKey("org.neuroalgebra.analysis"), bundles.keySet()::toString); //$NON-NLS-1$
        assertTrue(bundles.get("org.neuroalgebra.analysis.support").exports().stream() //$NON-NLS-1$
                .anyMatch(export -> export.name().equals("org.neuroalgebra.analysis.internal") && export.hidden())); //$NON-NLS-1$
        assertTrue(bundles.get("org.neuroalgebra.ui.tests").uses().contains("org.neuroalgebra.launch.internal")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void noInternalPackageIsExportedAsApi() {
        List<String> open = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            for (Export export : bundle.exports()) {
                if (export.name().contains(".internal") && !export.hidden()) { //$NON-NLS-1$
                    open.add(bundle.name() + ": " + export.name()); //$NON-NLS-1$
                }
            }
        }
        assertEquals(List.of(), open, "internal packages must be x-internal or x-friends"); //$NON-NLS-1$
    }

    @Test
    void everyFriendExistsAndUsesThePackage() {
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            for (Export export : bundle.exports()) {
                for (String friend : export.friends()) {
                    if (!bundles.containsKey(friend)) {
                        wrong.add(export.name() + " names the friend " + friend + ", which is not a bundle"); //$NON-NLS-1$ //$NON-NLS-2$
                    } else if (!usesWithFragments(friend, export.name())) {
                        wrong.add(export.name() + " names the friend " + friend + ", which does not use it"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyUserOfAHiddenPackageIsItsFriend() {
        List<String> wrong = new ArrayList<>();
        for (Bundle exporter : bundles.values()) {
            for (Export export : exporter.exports()) {
                if (!export.hidden()) {
                    continue;
                }
                for (Bundle user : bundles.values()) {
                    boolean inside = user == exporter || exporter.name().equals(user.host());
                    if (inside || !user.uses().contains(export.name())) {
                        continue;
                    }
                    boolean friend = export.friends().contains(user.name())
                            || (user.host() != null && export.friends().contains(user.host()));
                    if (!friend) {
                        wrong.add(user.name() + " uses " + export.name() + " of " + exporter.name() //$NON-NLS-1$ //$NON-NLS-2$
                                + (export.internal() ? ", which is x-internal" : " without being its friend")); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyExportedPackageSaysWhetherItIsApi() throws IOException {
        List<String> silent = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            if (THIRD_PARTY.contains(bundle.name()) || bundle.name().startsWith(SAMPLES)) {
                continue;
            }
            for (Export export : bundle.exports()) {
                if (export.internal() || export.name().contains(".internal")) { //$NON-NLS-1$
                    continue;
                }
                Path info = bundle.directory().resolve("src").resolve(export.name().replace('.', '/')) //$NON-NLS-1$
                        .resolve("package-info.java"); //$NON-NLS-1$
                String text = Files.isRegularFile(info) ? Files.readString(info, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
                if (!text.contains("API status:") && !text.contains("Not API.")) { //$NON-NLS-1$ //$NON-NLS-2$
                    silent.add(bundle.name() + ": " + export.name()); //$NON-NLS-1$
                }
            }
        }
        assertEquals(List.of(), silent, "package-info.java must say 'API status: ...' or 'Not API.'"); //$NON-NLS-1$
    }

    @Test
    void exportsAreParsedWithTheirDirectives() {
        Export friends = parseExport(
                "org.example.a;x-friends:=\"org.example.b,org.example.c\";version=\"1.0\""); //$NON-NLS-1$
        assertEquals(new Export("org.example.a", false, List.of("org.example.b", "org.example.c")), friends); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(parseExport("org.example.a.internal;x-internal:=true").hidden()); //$NON-NLS-1$
        assertFalse(parseExport("org.example.a;version=\"1.0\"").hidden()); //$NON-NLS-1$
    }

    /** True when the friend, or a fragment attached to it, refers to the package in its sources. */
    private static boolean usesWithFragments(String friend, String packageName) {
        return bundles.values().stream().filter(b -> b.name().equals(friend) || friend.equals(b.host()))
                .anyMatch(b -> b.uses().contains(packageName));
    }

    private static Path repositoryRoot() {
        for (Path path = Path.of("").toAbsolutePath(); path != null; path = path.getParent()) { //$NON-NLS-1$
            if (Files.isRegularFile(path.resolve("bundles/org.neuroalgebra.analysis/META-INF/MANIFEST.MF"))) { //$NON-NLS-1$
                return path;
            }
        }
        throw new IllegalStateException("the test runs outside the repository: " + Path.of("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<String, String> headers(Path manifest) throws IOException {
        Map<String, String> headers = new HashMap<>();
        String current = null;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith(" ") && current != null) { //$NON-NLS-1$
                headers.merge(current, line.substring(1), String::concat);
            } else if (line.contains(":")) { //$NON-NLS-1$
                current = line.substring(0, line.indexOf(':'));
                headers.put(current, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return headers;
    }

    private static Bundle read(Path directory, Map<String, String> headers) {
        String name = headers.getOrDefault("Bundle-SymbolicName", "").split(";")[0].trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String host = headers.containsKey("Fragment-Host") ? headers.get("Fragment-Host").split(";")[0].trim() : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Export> exports = new ArrayList<>();
        for (String clause : splitOutsideQuotes(headers.getOrDefault("Export-Package", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!clause.isBlank()) {
                exports.add(parseExport(clause.trim()));
            }
        }
        return new Bundle(name, directory, host, exports, references(directory));
    }

    private static Export parseExport(String clause) {
        String[] parts = clause.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); //$NON-NLS-1$
        boolean internal = false;
        List<String> friends = List.of();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.replace(" ", "").equals("x-internal:=true")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                internal = true;
            } else if (part.startsWith("x-friends:=")) { //$NON-NLS-1$
                friends = List.of(part.substring("x-friends:=".length()).replace("\"", "").split("\\s*,\\s*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        return new Export(parts[0].trim(), internal, friends);
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString());
        return clauses;
    }

    /** @return the packages of the suite that the bundle's Java sources declare or refer to */
    private static Set<String> references(Path directory) {
        Set<String> packages = new HashSet<>();
        for (String folder : List.of("src", "src-gen")) { //$NON-NLS-1$ //$NON-NLS-2$
            Path sources = directory.resolve(folder);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) { //$NON-NLS-1$
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher reference = REFERENCE.matcher(text);
                    while (reference.find()) {
                        packages.add(reference.group(1));
                    }
                    Matcher declaration = PACKAGE.matcher(text);
                    if (declaration.find()) {
                        packages.add(declaration.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packages;
    }
}
