// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number: an immutable fraction of {@link BigInteger}s kept
 * in lowest terms with a positive denominator, so that {@link #equals} is
 * value equality.
 */
public final class Rational implements Comparable<Rational> {

    /** The number 0. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** The number 1. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    /** The number -1. */
    public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * @param value
     *            an integer
     * @return the integer as a rational number
     */
    public static Rational of(long value) {
        return of(BigInteger.valueOf(value));
    }

    /**
     * @param value
     *            an integer
     * @return the integer as a rational number
     */
    public static Rational of(BigInteger value) {
        return new Rational(value, BigInteger.ONE);
    }

    /**
     * @param numerator
     *            the numerator
     * @param denominator
     *            the denominator, non-zero
     * @return the fraction in lowest terms
     */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * @param numerator
     *            the numerator
     * @param denominator
     *            the denominator, non-zero
     * @return the fraction in lowest terms
     * @throws ArithmeticException
     *             if the denominator is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero"); //$NON-NLS-1$
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Rational(numerator, denominator);
    }

    /**
     * Parses an integer ({@code "-2"}), a fraction ({@code "3/4"}) or a
     * decimal ({@code "0.25"}, {@code "1.5e-3"}, converted exactly).
     *
     * @param text
     *            the text, without surrounding blanks
     * @return the number
     * @throws NumberFormatException
     *             if the text is none of these forms or the denominator is 0
     */
    public static Rational parse(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0) {
            BigInteger denominator = new BigInteger(text.substring(slash + 1));
            if (denominator.signum() == 0) {
                throw new NumberFormatException("zero denominator in '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return of(new BigInteger(text.substring(0, slash)), denominator);
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return of(new BigDecimal(text));
        }
        return of(new BigInteger(text));
    }

    /**
     * @param value
     *            a decimal number
     * @return the same number as an exact fraction
     */
    public static Rational of(BigDecimal value) {
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact());
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** @return the numerator; its sign is the sign of this number */
    public BigInteger numerator() {
        return numerator;
    }

    /** @return the denominator, always positive */
    public BigInteger denominator() {
        return denominator;
    }

    /** @return true if this is 0 */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** @return true if this is 1 */
    public boolean isOne() {
        return numerator.equals(BigInteger.ONE) && denominator.equals(BigInteger.ONE);
    }

    /** @return true if the denominator is 1 */
    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** @return -1, 0 or 1 */
    public int signum() {
        return numerator.signum();
    }

    /**
     * @param other
     *            the summand
     * @return this + other
     */
    public Rational add(Rational other) {
        if (isZero()) {
            return other;
        }
        if (other.isZero()) {
            return this;
        }
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * @param other
     *            the subtrahend
     * @return this - other
     */
    public Rational sub(Rational other) {
        return add(other.neg());
    }

    /**
     * @param other
     *            the factor
     * @return this * other
     */
    public Rational mul(Rational other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * @param other
     *            the divisor
     * @return this / other
     * @throws ArithmeticException
     *             if other is 0
     */
    public Rational div(Rational other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** @return -this */
    public Rational neg() {
        return new Rational(numerator.negate(), denominator);
    }

    /**
     * @param exponent
     *            any integer; negative exponents invert
     * @return this to the given power (0^0 = 1)
     * @throws ArithmeticException
     *             for a negative power of 0
     */
    public Rational pow(int exponent) {
        if (exponent < 0) {
            return ONE.div(pow(-exponent));
        }
        return new Rational(numerator.pow(exponent), denominator.pow(exponent));
    }

    /**
     * Reduces this number modulo a prime.
     *
     * @param p
     *            a prime, at most {@link ModP#MAX_PRIME}
     * @return numerator · denominator⁻¹ mod p, in [0, p)
     * @throws ArithmeticException
     *             if p divides the denominator
     * @throws IllegalArgumentException
     *             if p is outside [2, {@link ModP#MAX_PRIME}]
     */
    public long modP(long p) {
        ModP.checkModulus(p);
        long den = denominator.mod(BigInteger.valueOf(p)).longValueExact();
        if (den == 0) {
            throw new ArithmeticException("denominator of " + this + " is divisible by " + p); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long num = numerator.mod(BigInteger.valueOf(p)).longValueExact();
        return ModP.mul(num, ModP.inverse(den, p), p);
    }

    /** @return the nearest double (up to rounding of the division) */
    public double doubleValue() {
        if (numerator.bitLength() < 53 && denominator.bitLength() < 53) {
            return numerator.doubleValue() / denominator.doubleValue();
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rational other && numerator.equals(other.numerator)
                && denominator.equals(other.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** @return "3/4", "-2" or "0" */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator; //$NON-NLS-1$
    }
}
