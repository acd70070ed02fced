// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster.internal;

import com.hazelcast.cluster.Member;

/** How members are named to users, in messages and listings: {@code HOST:PORT}, as {@code --join} takes them. */
public final class MemberAddress {

    private MemberAddress() {
    }

    /** @return the member's address as {@code HOST:PORT} (Hazelcast's own form is {@code [HOST]:PORT}) */
    public static String of(Member member) {
        return member.getAddress().getHost() + ':' + member.getAddress().getPort();
    }
}
