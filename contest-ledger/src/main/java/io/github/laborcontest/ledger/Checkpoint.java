// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A published head of the chain (公示校验点): how many entries the ledger held, the chain hash of
 * the last of them, when the checkpoint was taken and, optionally, an HMAC-SHA256 over its {@link
 * #canonicalBytes()} with a key kept by the organiser. Published outside the journal (on the 公示
 * page, in the results, in an e-mail), it lets anyone prove later with {@link #verify(Ledger,
 * List, Optional)} that the journal still <em>extends</em> it: the first {@link #entries()}
 * entries are still there, in the same order, with the same content. Truncation (also with the
 * head file deleted), reordering and rewriting before that point all fail; entries appended
 * since do not.
 *
 * <p>JSON, written by {@link #toJson()} and read by {@link #read(String)}:
 *
 * <pre>{@code
 * {"format":"contest-ledger-checkpoint","version":1,"entries":120,
 *  "head":"<64 hex digits>","time":"2026-12-07T21:00:00Z","hmac":"<64 hex digits>"}
 * }</pre>
 *
 * @param entries the number of entries covered
 * @param head the chain hash of entry {@code entries - 1} ({@link ChainHash#GENESIS} when none)
 * @param time when the checkpoint was taken
 * @param hmac HMAC-SHA256 over {@link #canonicalBytes()}, as lower-case hex, if signed with a key
 * @since 0.2.0
 */
public record Checkpoint(long entries, ChainHash head, Instant time, Optional<String> hmac) {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "contest-ledger-checkpoint";

    /** The version of the document and of its canonical bytes. */
    public static final int VERSION = 1;

    /** The shortest HMAC key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private static final Set<String> FIELDS = Set.of("format", "version", "entries", "head", "time", "hmac");

    /** Checks the fields. */
    public Checkpoint {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(hmac, "hmac");
        if (entries < 0) {
            throw new IllegalArgumentException("entries (" + entries + ") must be >= 0");
        }
        if (entries == 0 && !head.equals(ChainHash.GENESIS)) {
            throw new IllegalArgumentException("an empty chain's head is the genesis hash");
        }
        hmac.ifPresent(h -> {
            if (!h.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("hmac must be 64 lower-case hex digits");
            }
        });
    }

    /**
     * The checkpoint of a ledger's current head, unsigned.
     *
     * @param ledger the ledger
     * @param time the time to state, usually now
     * @return the checkpoint
     */
    public static Checkpoint of(Ledger ledger, Instant time) {
        ChainHead h = ledger.head();
        return new Checkpoint(h.size(), h.hash(), time, Optional.empty());
    }

    /**
     * The bytes the HMAC covers: UTF-8 of {@code contest-ledger-checkpoint:1:<entries>:<head
     * hex>:<time, ISO-8601 as Instant#toString>}.
     *
     * @return a new array
     */
    public byte[] canonicalBytes() {
        return (FORMAT + ":" + VERSION + ":" + entries + ":" + head.hex() + ":" + time)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * This checkpoint with an HMAC-SHA256 over its canonical bytes.
     *
     * @param key the key's bytes, at least {@link #MIN_KEY_BYTES}
     * @return the signed checkpoint
     * @throws IllegalArgumentException if the key is too short
     */
    public Checkpoint signed(byte[] key) {
        return new Checkpoint(entries, head, time, Optional.of(mac(key)));
    }

    /**
     * Whether the HMAC is present and right for this key.
     *
     * @param key the key's bytes, at least {@link #MIN_KEY_BYTES}
     * @return true if signed with this key
     * @throws IllegalArgumentException if the key is too short
     */
    public boolean hmacValid(byte[] key) {
        String expected = mac(key);
        return hmac.isPresent()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), hmac.get().getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "an HMAC key needs at least " + MIN_KEY_BYTES + " bytes, not " + key.length);
        }
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal(canonicalBytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /**
     * The JSON document, one line, fields in a fixed order.
     *
     * @return the document, without a final line break
     */
    public String toJson() {
        ObjectNode o = ContestJson.jsonMapper().createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("entries", entries);
        o.put("head", head.hex());
        o.put("time", time.toString());
        hmac.ifPresent(h -> o.put("hmac", h));
        return o.toString();
    }

    /**
     * Reads a checkpoint document, reporting every bad field.
     *
     * @param json the document
     * @return the checkpoint, or the problems (paths such as {@code $.head}; codes {@code
     *     json.malformed}, {@code json.missing-field}, {@code json.unknown-field}, {@code
     *     ledger.checkpoint-field})
     */
    public static Validation<Seq<Problem>, Checkpoint> read(String json) {
        JsonNode node;
        try {
            node = json.length() > 64 * 1024 ? null : ContestJson.jsonMapper().readTree(json);
        } catch (JsonProcessingException e) {
            return invalid(Problem.at(
                    ModelProblem.MALFORMED,
                    "$",
                    String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""),
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
        }
        if (node == null || !node.isObject()) {
            return invalid(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$", "$", "a JSON object of at most 64 KiB"));
        }
        List<Problem> ps = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                ps.add(Problem.at(
                        ModelProblem.UNKNOWN_FIELD, "$." + f, f, "entries, format, head, hmac, time, version"));
            }
        }
        Map<String, JsonNode> v = new HashMap<>();
        for (String f : List.of("format", "version", "entries", "head", "time")) {
            JsonNode n = node.get(f);
            if (n == null || n.isNull()) {
                ps.add(Problem.at(ModelProblem.MISSING_FIELD, "$." + f, f));
            } else {
                v.put(f, n);
            }
        }
        if (v.containsKey("format") && !FORMAT.equals(v.get("format").asText(null))) {
            ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.format", "format", "\"" + FORMAT + "\""));
        }
        if (v.containsKey("version")
                && !(v.get("version").isInt() && v.get("version").intValue() == VERSION)) {
            ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.version", "version", VERSION));
        }
        long entries = -1;
        if (v.containsKey("entries")) {
            JsonNode n = v.get("entries");
            if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0) {
                entries = n.longValue();
            } else {
                ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.entries", "entries", "a whole number >= 0"));
            }
        }
        ChainHash head = null;
        if (v.containsKey("head")) {
            String h = v.get("head").isTextual() ? v.get("head").textValue() : "";
            if (h.matches("[0-9a-f]{64}")) {
                head = ChainHash.ofHex(h);
            } else {
                ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.head", "head", "64 lower-case hex digits"));
            }
        }
        Instant time = null;
        if (v.containsKey("time")) {
            try {
                time = Instant.parse(v.get("time").isTextual() ? v.get("time").textValue() : "");
            } catch (DateTimeParseException e) {
                ps.add(Problem.at(
                        LedgerProblem.CHECKPOINT_FIELD, "$.time", "time", "an instant such as 2026-12-07T21:00:00Z"));
            }
        }
        Optional<String> hmac = Optional.empty();
        JsonNode h = node.get("hmac");
        if (h != null && !h.isNull()) {
            if (h.isTextual() && h.textValue().matches("[0-9a-f]{64}")) {
                hmac = Optional.of(h.textValue());
            } else {
                ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.hmac", "hmac", "64 lower-case hex digits"));
            }
        }
        if (ps.isEmpty() && entries == 0 && !head.equals(ChainHash.GENESIS)) {
            ps.add(Problem.at(LedgerProblem.CHECKPOINT_FIELD, "$.head", "head", "64 zeros when entries is 0"));
        }
        if (!ps.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(ps));
        }
        return Validation.valid(new Checkpoint(entries, head, time, hmac));
    }

    private static Validation<Seq<Problem>, Checkpoint> invalid(Problem p) {
        return Validation.invalid(io.vavr.collection.List.of(p));
    }

    /**
     * Proves that a ledger extends each checkpoint: its chain is sound up to the checkpoint, holds at
     * least as many entries, and has the checkpoint's hash at the checkpoint's last position. The
     * chain is verified once and read once, whatever the number of checkpoints.
     *
     * @param ledger the ledger (its whole chain is recomputed, as {@link Ledger#verify()} does)
     * @param checkpoints the checkpoints, in any order
     * @param key the HMAC key; when given, every checkpoint must carry a valid HMAC
     * @return one outcome per checkpoint, in the order given
     * @throws IllegalArgumentException if the key is shorter than {@link #MIN_KEY_BYTES}
     */
    public static List<CheckpointVerification> verify(
            Ledger ledger, List<Checkpoint> checkpoints, Optional<byte[]> key) {
        key.ifPresent(k -> {
            if (k.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException(
                        "an HMAC key needs at least " + MIN_KEY_BYTES + " bytes, not " + k.length);
            }
        });
        VerificationReport report = ledger.verify();
        long sound = report.firstBreak().map(ChainBreak::position).orElse(report.checked());
        Map<Long, ChainHash> wanted = new HashMap<>();
        long from = Long.MAX_VALUE;
        for (Checkpoint c : checkpoints) {
            if (c.entries() > 0 && c.entries() <= sound) {
                wanted.put(c.entries() - 1, null);
                from = Math.min(from, c.entries() - 1);
            }
        }
        if (!wanted.isEmpty()) {
            ledger.forEach(from, r -> {
                if (wanted.containsKey(r.position())) {
                    wanted.put(r.position(), r.hash());
                }
            });
        }
        List<CheckpointVerification> out = new ArrayList<>(checkpoints.size());
        for (Checkpoint c : checkpoints) {
            out.add(new CheckpointVerification(c, failure(c, key, report, sound, wanted)));
        }
        return out;
    }

    private static Optional<Problem> failure(
            Checkpoint c, Optional<byte[]> key, VerificationReport report, long sound, Map<Long, ChainHash> hashes) {
        String at = c.entries() + " " + c.head().hex();
        if (key.isPresent() && c.hmac().isEmpty()) {
            return Optional.of(Problem.at(LedgerProblem.CHECKPOINT_NOT_EXTENDED, "$.hmac", at, "unsigned"));
        }
        if (key.isPresent() && !c.hmacValid(key.get())) {
            return Optional.of(Problem.at(LedgerProblem.CHECKPOINT_NOT_EXTENDED, "$.hmac", at, "hmac-invalid"));
        }
        if (c.entries() > sound) {
            if (report.firstBreak().isPresent()) {
                return Optional.of(Problem.at(
                        LedgerProblem.CHECKPOINT_NOT_EXTENDED,
                        "$.entries",
                        at,
                        "chain-broken: " + report.firstBreak().get().message(java.util.Locale.ENGLISH)));
            }
            return Optional.of(Problem.at(
                    LedgerProblem.CHECKPOINT_NOT_EXTENDED, "$.entries", at, "truncated: the journal holds " + sound));
        }
        ChainHash actual = c.entries() == 0 ? ChainHash.GENESIS : hashes.get(c.entries() - 1);
        if (actual == null || !actual.equals(c.head())) {
            return Optional.of(Problem.at(
                    LedgerProblem.CHECKPOINT_NOT_EXTENDED,
                    "$.head",
                    at,
                    "rewritten: entry " + c.entries() + " has the hash " + (actual == null ? "?" : actual.hex())));
        }
        return Optional.empty();
    }
}
