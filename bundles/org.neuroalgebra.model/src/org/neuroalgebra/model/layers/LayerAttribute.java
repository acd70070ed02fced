// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.Objects;

/**
 * One attribute of a layer kind, as written in the text form: positional (right after the
 * keyword, at most one per kind) or {@code name=value}.
 *
 * @param name
 *            the attribute's name, an identifier
 * @param type
 *            what its value must be
 * @param required
 *            whether it must be written
 * @param defaultValue
 *            the value, as text, of an optional attribute that is not written; null if none
 * @param help
 *            one sentence for a user
 * @param positional
 *            whether it is written without {@code name=} right after the keyword
 */
public record LayerAttribute(String name, Type type, boolean required, String defaultValue, String help,
        boolean positional) {

    /** The types of attribute values. */
    public enum Type {
        /** An integer ≥ 1. */
        POSITIVE_INTEGER("N"), //$NON-NLS-1$
        /** true or false. */
        BOOLEAN("true|false"), //$NON-NLS-1$
        /** An exact number: integer, decimal or fraction such as -3/4. */
        NUMBER("NUMBER"), //$NON-NLS-1$
        /**
         * A univariate polynomial in x with rational coefficients; positional, it takes the rest
         * of the line.
         */
        POLYNOMIAL("POLYNOMIAL"); //$NON-NLS-1$

        private final String placeholder;

        Type(String placeholder) {
            this.placeholder = placeholder;
        }

        /** @return how a value is shown in messages and help, e.g. {@code N} */
        public String placeholder() {
            return placeholder;
        }
    }

    /** Checks the name. */
    public LayerAttribute {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) { //$NON-NLS-1$
            throw new IllegalArgumentException("attribute name '" + name + "' is not an identifier"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("required attribute '" + name + "' cannot have a default"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return a required {@code name=value} attribute */
    public static LayerAttribute required(String name, Type type, String help) {
        return new LayerAttribute(name, type, true, null, help, false);
    }

    /** @return an optional {@code name=value} attribute; {@code defaultValue} may be null */
    public static LayerAttribute optional(String name, Type type, String defaultValue, String help) {
        return new LayerAttribute(name, type, false, defaultValue, help, false);
    }

    /** @return this attribute written without {@code name=}, right after the keyword */
    public LayerAttribute asPositional() {
        return new LayerAttribute(name, type, required, defaultValue, help, true);
    }
}
