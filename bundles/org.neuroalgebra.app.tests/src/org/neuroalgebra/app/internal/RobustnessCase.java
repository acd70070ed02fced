// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case of the robustness suite, read from the cases file:
 *
 * <pre>
 * case: NAME
 * file: NAME.nalg          (then its lines, each starting with "| ")
 * | architecture a { ... }
 * dir: NAME                (a folder the case needs)
 * args: WORD WORD ...      ({NAME} is the path of a file of the case, {talk} the talk example,
 *                           {dir} the case's folder; "double quotes" group words)
 * exit: N
 * stderr: TEXT             (the first line of stderr starts with TEXT, {dir} substituted)
 * writes: NAME ...         (files the case may create)
 * </pre>
 *
 * In file lines and arguments, {@code {repeat N TEXT}} stands for TEXT repeated N times and
 * {@code \\uXXXX} for that character, so that extreme inputs stay one readable line.
 */
record RobustnessCase(String name, Map<String, byte[]> files, List<String> directories, String args, int exit,
        String stderrPrefix, List<String> writes) {


    private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+) ([^}]*)\\}"); //$NON-NLS-1$
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})"); //$NON-NLS-1$

    static List<RobustnessCase> parse(String text) {
        List<RobustnessCase> cases = new ArrayList<>();
        Builder current = null;
        String file = null;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) { //$NON-NLS-1$
            lineNumber++;
            if (line.startsWith("| ") || line.equals("|")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (current == null || file == null) {
                    throw new IllegalArgumentException("line " + lineNumber + ": file content outside a file"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                current.content.get(file).append(expand(line.length() > 2 ? line.substring(2) : "")).append('\n'); //$NON-NLS-1$
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 'key: value'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("case")) { //$NON-NLS-1$
                if (current != null) {
                    cases.add(current.build());
                }
                current = new Builder(value);
                file = null;
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + lineNumber + ": '" + key + "' before the first case"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            switch (key) {
                case "file" -> { //$NON-NLS-1$
                    file = value;
                    current.content.put(value, new StringBuilder());
                }
                case "dir" -> current.directories.add(value); //$NON-NLS-1$
                case "args" -> current.args = value; //$NON-NLS-1$
                case "exit" -> current.exit = Integer.parseInt(value); //$NON-NLS-1$
                case "stderr" -> current.stderr = value; //$NON-NLS-1$
                case "writes" -> current.writes.addAll(List.of(value.split("\\s+"))); //$NON-NLS-1$ //$NON-NLS-2$
                default -> throw new IllegalArgumentException("line " + lineNumber + ": unknown key '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (current != null) {
            cases.add(current.build());
        }
        return cases;
    }

    String[] arguments(Map<String, Path> paths, Path folder) {
        if (args.isBlank()) {
            return new String[0];
        }
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args); //$NON-NLS-1$
        while (word.find()) {
            String text = word.group(1) != null ? word.group(1) : word.group(2);
            for (Map.Entry<String, Path> path : paths.entrySet()) {
                text = text.replace("{" + path.getKey() + "}", path.getValue().toString()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            words.add(expand(text.replace("{dir}", folder.toString()))); //$NON-NLS-1$
        }
        return words.toArray(String[]::new);
    }

    String stderr() {
        return stderrPrefix;
    }

    String stderr(Path folder) {
        return stderrPrefix == null ? null : stderrPrefix.replace("{dir}", folder.toString()); //$NON-NLS-1$
    }

    private static String expand(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded,
                    Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        Matcher escape = ESCAPE.matcher(expanded.toString());
        StringBuilder result = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(result,
                    Matcher.quoteReplacement(Character.toString(Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(result);
        return result.toString();
    }

    private static final class Builder {
        private final String name;
        private final Map<String, StringBuilder> content = new LinkedHashMap<>();
        private final List<String> directories = new ArrayList<>();
        private final List<String> writes = new ArrayList<>();
        private String args = ""; //$NON-NLS-1$
        private int exit = -1;
        private String stderr;

        Builder(String name) {
            this.name = name;
        }

        RobustnessCase build() {
            if (exit < 0) {
                throw new IllegalArgumentException("case " + name + " has no 'exit'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            content.forEach((file, text) -> files.put(file, text.toString().getBytes(StandardCharsets.UTF_8)));
            return new RobustnessCase(name, files, directories, args, exit, stderr, writes);
        }
    }
}
