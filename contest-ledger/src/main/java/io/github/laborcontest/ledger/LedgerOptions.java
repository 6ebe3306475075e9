// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a ledger decides and signs: the authorisation policy and the optional HMAC key that signs
 * the chain head.
 *
 * @param policy decides whether an actor may record an entry
 * @param headKey the HMAC-SHA256 key signing {@link Ledger#head()}, if any
 * @since 0.1.0
 */
public record LedgerOptions(AuthorisationPolicy policy, Optional<SecretKey> headKey) {

    /** Allows every actor, no signature. */
    public static final LedgerOptions DEFAULT = new LedgerOptions(AuthorisationPolicy.ALLOW_ALL, Optional.empty());

    /** Refuses nulls. */
    public LedgerOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(headKey, "headKey");
    }

    /**
     * These options with another policy.
     *
     * @param newPolicy the policy
     * @return the options
     */
    public LedgerOptions withPolicy(AuthorisationPolicy newPolicy) {
        return new LedgerOptions(newPolicy, headKey);
    }

    /**
     * These options with an HMAC key, given as raw bytes (at least 16).
     *
     * @param key the key's bytes
     * @return the options
     */
    public LedgerOptions withHeadKey(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("an HMAC key needs at least 16 bytes, not " + key.length);
        }
        return new LedgerOptions(policy, Optional.of(new SecretKeySpec(key.clone(), "HmacSHA256")));
    }
}
