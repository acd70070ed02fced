// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import java.util.Arrays;

/** The prime field Z/p as a {@link Ring}; elements are residues in [0, p). */
final class ModPRing implements Ring<Long> {

    private static final Long ZERO = 0L;

    private final long p;
    private final Long one;

    ModPRing(long p) {
        this.p = ModP.checkModulus(p);
        this.one = 1 % p;
    }

    @Override
    public Long zero() {
        return ZERO;
    }

    @Override
    public Long one() {
        return one;
    }

    @Override
    public Long add(Long a, Long b) {
        return ModP.add(a, b, p);
    }

    @Override
    public Long sub(Long a, Long b) {
        return ModP.sub(a, b, p);
    }

    @Override
    public Long mul(Long a, Long b) {
        return ModP.mul(a, b, p);
    }

    @Override
    public Long neg(Long a) {
        return ModP.neg(a, p);
    }

    @Override
    public boolean isZero(Long a) {
        return a == 0L;
    }

    @Override
    public Long fromRational(Rational value) {
        return value.modP(p);
    }

    @Override
    public Long[] zeros(int length) {
        Long[] a = new Long[length];
        Arrays.fill(a, ZERO);
        return a;
    }

    @Override
    public String toString() {
        return "Z/" + p; //$NON-NLS-1$
    }
}
