// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting an analysis reads from its block ({@code key=value} in a {@code .nalg} file,
 * {@code --key value} on the command line, a field in the launch dialog): its name, type,
 * default, admissible range and help text. Analyses declare their settings through
 * {@link IAnalysis#settings()}; {@link AnalysisPreflight} checks every value against the
 * declaration before any work starts, so an ill-typed or out-of-range value is reported with
 * its position instead of being found when the analysis's turn comes.
 * <p>
 * The block fields {@code target}, {@code metric} and {@code dataset} are settings too (type
 * {@link Type#FIELD}): their syntax is checked by the model's validation, not here.
 */
public final class AnalysisSetting {

    /** What kind of value a setting takes. */
    public enum Type {
        /** a whole number in [min, max] */
        INTEGER,
        /** a finite real number in [min, max] (or (min, max] when the minimum is exclusive) */
        NUMBER,
        /** one word out of a fixed list */
        CHOICE,
        /** free text, checked by the analysis itself ({@link IAnalysis#check}) */
        TEXT,
        /** a field of the analysis block (target, metric, dataset), checked by model validation */
        FIELD
    }

    private final String name;
    private final Type type;
    private final String defaultValue;
    private final String help;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final List<String> choices;
    private final boolean required;

    private AnalysisSetting(String name, Type type, String defaultValue, String help, double min, double max,
            boolean minExclusive, List<String> choices) {
        this(name, type, defaultValue, help, min, max, minExclusive, choices, false);
    }

    private AnalysisSetting(String name, Type type, String defaultValue, String help, double min, double max,
            boolean minExclusive, List<String> choices, boolean required) {
        this.name = Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        this.type = type;
        this.defaultValue = defaultValue;
        this.help = Objects.requireNonNull(help, "help"); //$NON-NLS-1$
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.choices = List.copyOf(choices);
        this.required = required;
    }

    /** A whole number in [min, max]; {@code defaultValue} null means "none, computed". */
    public static AnalysisSetting integer(String name, Long defaultValue, long min, long max, String help) {
        return new AnalysisSetting(name, Type.INTEGER, defaultValue == null ? null : defaultValue.toString(), help, min,
                max, false, List.of());
    }

    /** A finite number in [min, max], or (min, max] when {@code minExclusive}. */
    public static AnalysisSetting number(String name, Double defaultValue, double min, boolean minExclusive, double max,
            String help) {
        return new AnalysisSetting(name, Type.NUMBER, defaultValue == null ? null : defaultValue.toString(), help, min,
                max, minExclusive, List.of());
    }

    /** One of {@code choices}. */
    public static AnalysisSetting choice(String name, String defaultValue, List<String> choices, String help) {
        return new AnalysisSetting(name, Type.CHOICE, defaultValue, help, 0, 0, false, choices);
    }

    /** Free text the analysis checks itself in {@link IAnalysis#check}. */
    public static AnalysisSetting text(String name, String defaultValue, String help) {
        return new AnalysisSetting(name, Type.TEXT, defaultValue, help, 0, 0, false, List.of());
    }

    /** A field of the analysis block: {@code target}, {@code metric} or {@code dataset}. */
    public static AnalysisSetting field(String name, String help) {
        return new AnalysisSetting(name, Type.FIELD, null, help, 0, 0, false, List.of());
    }

    /**
     * A field of the analysis block that the analysis cannot do without (membership's
     * {@code target}, training's {@code dataset}); {@link AnalysisPreflight} refuses a block
     * without it.
     */
    public static AnalysisSetting requiredField(String name, String help) {
        return new AnalysisSetting(name, Type.FIELD, null, help, 0, 0, false, List.of(), true);
    }

    /** @return true when a block must give this setting ({@link #requiredField}) */
    public boolean required() {
        return required;
    }

    /** @return the setting's name as written in a block or as a command line option, e.g. "samples" */
    public String name() {
        return name;
    }

    /** @return the type of its values, which decides how a value is parsed and checked */
    public Type type() {
        return type;
    }

    /** @return the value used when the setting is absent, as text; null when there is none */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return one sentence for the command line's help and the launch dialog's tooltips */
    public String help() {
        return help;
    }

    /** @return the admissible words of a {@link Type#CHOICE} setting */
    public List<String> choices() {
        return choices;
    }

    /** @return the admissible values in words, e.g. "an integer from 1 to 100000" */
    public String range() {
        return switch (type) {
            case INTEGER -> "an integer from " + (long) min + " to " + (long) max; //$NON-NLS-1$ //$NON-NLS-2$
            case NUMBER -> "a number " + (minExclusive ? "greater than " : "from ") + format(min) + " to " + format(max); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case CHOICE -> "one of " + String.join(", ", choices); //$NON-NLS-1$ //$NON-NLS-2$
            case TEXT, FIELD -> "see the analysis's help"; //$NON-NLS-1$
        };
    }

    /**
     * @param value
     *            the value as written
     * @return what is wrong with it, or empty when it is admissible (TEXT and FIELD values are
     *         checked elsewhere and always pass here)
     */
    public Optional<String> check(String value) {
        String text = value == null ? "" : value.trim(); //$NON-NLS-1$
        switch (type) {
            case INTEGER -> {
                long parsed;
                try {
                    parsed = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    return invalid(value);
                }
                return parsed < min || parsed > max ? invalid(value) : Optional.empty();
            }
            case NUMBER -> {
                double parsed;
                try {
                    parsed = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return invalid(value);
                }
                boolean below = minExclusive ? !(parsed > min) : !(parsed >= min);
                return !Double.isFinite(parsed) || below || parsed > max ? invalid(value) : Optional.empty();
            }
            case CHOICE -> {
                return choices.contains(text) ? Optional.empty() : invalid(value);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<String> invalid(String value) {
        return Optional.of("option " + name + "=" + value + ": expected " + range()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public String toString() {
        return name + " (" + range() + (defaultValue == null ? "" : ", default " + defaultValue) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
