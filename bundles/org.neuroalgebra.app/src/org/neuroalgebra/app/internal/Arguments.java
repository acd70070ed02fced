// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: a command, positional arguments, {@code --name value} options and
 * {@code --flag}s. Unknown and repeated options are errors, so a typo never silently changes a computation.
 */
final class Arguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * @param valued
     *            options that take a value
     * @param flags
     *            options that take none
     * @throws UsageException
     *             for unknown options or missing values
     */
    static Arguments parse(String[] args, Set<String> valued, Set<String> flags) throws UsageException {
        if (args.length == 0) {
            return new Arguments("help"); //$NON-NLS-1$
        }
        Arguments result = new Arguments(args[0]);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) { //$NON-NLS-1$
                result.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name) && inlineValue == null) {
                if (result.options.containsKey(name)) {
                    throw new UsageException("option --" + name + " is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                result.options.put(name, "true"); //$NON-NLS-1$
            } else if (valued.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("option --" + name + " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    value = args[++i];
                }
                if (result.options.containsKey(name)) {
                    throw new UsageException("option --" + name + " is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (name.equals("seed")) { //$NON-NLS-1$
                    checkSeed(value);
                }
                result.options.put(name, value);
            } else {
                throw new UsageException("unknown option '" + arg + "' for '" + result.command + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return result;
    }

    /** Seeds follow the model language's rule: a non-negative integer of at most 18 digits. */
    private static void checkSeed(String value) throws UsageException {
        if (!value.matches("[0-9]{1,18}")) { //$NON-NLS-1$
            throw new UsageException("--seed expects a non-negative integer of at most 18 digits, found '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    String command() {
        return command;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("'" + command + "' needs --" + name); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    long longOption(String name, long defaultValue) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", found '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the single positional argument (a file), or an error naming the command */
    String file() throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException("'" + command + "' needs exactly one FILE argument, found " + positional.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return positional.get(0);
    }
}
