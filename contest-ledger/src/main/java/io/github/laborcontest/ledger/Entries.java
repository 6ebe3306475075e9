// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;

/**
 * Checks of single entries, independent of any ledger: which fields each {@link EntryType} needs
 * and allows, positive amounts, texts within limits.
 *
 * @since 0.1.0
 */
public final class Entries {

    /** The longest reason, evidence reference or actor text accepted, in characters. */
    public static final int MAX_TEXT = 2000;

    /** The largest number of evidence references. */
    public static final int MAX_EVIDENCE = 100;

    private Entries() {}

    /**
     * Checks an entry.
     *
     * @param e the entry
     * @return the entry, or every problem found (JSON paths such as {@code $.amount})
     */
    public static Validation<Seq<Problem>, Entry> check(Entry e) {
        java.util.List<Problem> ps = new java.util.ArrayList<>();
        EntryType t = e.type();
        boolean needsIndicator = t == EntryType.MEASUREMENT;
        // A veto may name the veto indicator it fires (optional, so that journals written before
        // this rule stay readable); LedgerMeasurements turns it into that indicator's flag.
        boolean allowsIndicator = t == EntryType.MEASUREMENT
                || t == EntryType.VETO
                || t == EntryType.INSPECTION_FINDING
                || t == EntryType.POINTS_AWARDED
                || t == EntryType.POINTS_DEDUCTED;
        presence(ps, "indicator", e.indicator(), needsIndicator, allowsIndicator, t);
        boolean needsAmount =
                t == EntryType.MEASUREMENT || t == EntryType.POINTS_AWARDED || t == EntryType.POINTS_DEDUCTED;
        boolean allowsAmount = needsAmount || t == EntryType.INSPECTION_FINDING;
        presence(ps, "amount", e.amount(), needsAmount, allowsAmount, t);
        presence(ps, "stage", e.stage(), t == EntryType.STAGE_CHANGE, t == EntryType.STAGE_CHANGE, t);
        boolean needsReason = t != EntryType.MEASUREMENT && t != EntryType.STAGE_CHANGE;
        presence(ps, "reason", e.reason(), needsReason, true, t);
        presence(ps, "reverses", e.reverses(), t == EntryType.REVERSAL, t == EntryType.REVERSAL, t);
        presence(ps, "replacement", e.replacement(), false, t == EntryType.REVERSAL, t);
        if ((t == EntryType.POINTS_AWARDED || t == EntryType.POINTS_DEDUCTED || t == EntryType.INSPECTION_FINDING)
                && e.amount().isPresent()
                && e.amount().get().signum() <= 0) {
            ps.add(Problem.at(
                    LedgerProblem.AMOUNT_NOT_POSITIVE,
                    "$.amount",
                    e.amount().get().toPlainString()));
        }
        if (e.amount().isPresent()
                && (e.amount().get().precision() > 38
                        || Math.abs(e.amount().get().scale()) > 18)) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.amount", "amount", 38));
        }
        e.reason().ifPresent(r -> text(ps, "$.reason", r));
        text(ps, "$.actor.id", e.actor().id());
        e.actor().role().ifPresent(r -> text(ps, "$.actor.role", r));
        e.actor().organisation().ifPresent(r -> text(ps, "$.actor.organisation", r));
        if (e.evidence().size() > MAX_EVIDENCE) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.evidence", "evidence", MAX_EVIDENCE));
        }
        for (int i = 0; i < e.evidence().size(); i++) {
            text(ps, "$.evidence[" + i + "]", e.evidence().get(i));
        }
        int year = e.businessDate().getYear();
        if (year < 1900 || year > 2200) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.businessDate", "businessDate", "1900..2200"));
        }
        long rYear = e.recordedAt().getEpochSecond() / 31_556_952L + 1970;
        if (rYear < 1970 || rYear > 2200) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.recordedAt", "recordedAt", "1970..2200"));
        }
        if (e.reverses().isPresent() && e.reverses().get().equals(e.id())) {
            ps.add(Problem.at(LedgerProblem.REVERSAL_OF_UNKNOWN, "$.reverses", e.id().value()));
        }
        if (e.schemaVersion() != Entry.CURRENT_SCHEMA_VERSION) {
            ps.add(Problem.at(LedgerProblem.UNKNOWN_SCHEMA_VERSION, "$.schemaVersion", e.schemaVersion(), "1, 2"));
        }
        return ps.isEmpty() ? Validation.valid(e) : Validation.invalid(List.ofAll(ps));
    }

    private static void presence(
            java.util.List<Problem> ps, String field, Optional<?> v, boolean needed, boolean allowed, EntryType t) {
        if (needed && v.isEmpty()) {
            ps.add(Problem.at(LedgerProblem.FIELD_REQUIRED, "$." + field, field, t.code()));
        } else if (!allowed && v.isPresent()) {
            ps.add(Problem.at(LedgerProblem.FIELD_NOT_ALLOWED, "$." + field, field, t.code()));
        }
    }

    private static void text(java.util.List<Problem> ps, String path, String s) {
        if (s.isBlank() || s.length() > MAX_TEXT) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, path, path.substring(2), MAX_TEXT));
        }
    }
}
