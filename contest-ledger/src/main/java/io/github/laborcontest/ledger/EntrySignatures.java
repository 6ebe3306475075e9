// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.ledger.internal.EntryCodec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;

/**
 * Ed25519 signatures over an entry's canonical bytes, with the JDK's own provider: the first
 * building block of signed entries (issue 18, item 5). <strong>Not wired in yet:</strong> entries
 * do not carry a signature, the ledger does not check one, and there is no actor registry or
 * policy; this class only fixes what is signed and how.
 *
 * <p>What is signed: the UTF-8 bytes of {@code contest-ledger-entry-signature:1:} followed by the
 * entry's canonical encoding (the bytes the hash chain covers), so that a signature made for an
 * entry cannot be taken for a signature of anything else.
 *
 * @since 0.2.0
 */
public final class EntrySignatures {

    /** The algorithm, as the JDK names it. */
    public static final String ALGORITHM = "Ed25519";

    private static final byte[] DOMAIN = "contest-ledger-entry-signature:1:".getBytes(StandardCharsets.UTF_8);

    private EntrySignatures() {}

    /**
     * A new Ed25519 key pair for an actor.
     *
     * @return the key pair
     */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /**
     * The bytes a signature covers.
     *
     * @param entry the entry
     * @return the domain prefix followed by the canonical encoding
     */
    public static byte[] signedBytes(Entry entry) {
        byte[] canonical = EntryCodec.encode(entry);
        byte[] out = new byte[DOMAIN.length + canonical.length];
        System.arraycopy(DOMAIN, 0, out, 0, DOMAIN.length);
        System.arraycopy(canonical, 0, out, DOMAIN.length, canonical.length);
        return out;
    }

    /**
     * Signs an entry.
     *
     * @param entry the entry
     * @param key the actor's Ed25519 private key
     * @return the signature, 128 lower-case hex digits
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     */
    public static String sign(Entry entry, PrivateKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(signedBytes(entry));
            return HexFormat.of().formatHex(s.sign());
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /**
     * Whether a signature is the given key's signature of exactly this entry.
     *
     * @param entry the entry
     * @param key the actor's Ed25519 public key
     * @param signature the signature as hex
     * @return true if valid; false for any other signature, malformed hex included
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     */
    public static boolean verify(Entry entry, PublicKey key, String signature) {
        if (!signature.matches("[0-9a-f]{128}")) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(signedBytes(entry));
            return s.verify(HexFormat.of().parseHex(signature));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }
}
