// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.IdRule;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks of single entries, independent of any ledger: which fields each {@link EntryType} needs
 * and allows, positive amounts, texts within limits, ids and codes as {@link IdRule} allows them.
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
        // Each accessor is read once (they make a new Optional per call) and the path of a text is
        // only built when the text is bad: this runs on every append.
        java.util.List<Problem> ps = new java.util.ArrayList<>(0);
        EntryType t = e.type();
        Optional<?> indicator = e.indicator();
        Optional<BigDecimal> amount = e.amount();
        Optional<String> reason = e.reason();
        Optional<EntryId> reverses = e.reverses();
        boolean needsIndicator = t == EntryType.MEASUREMENT;
        // A veto may name the veto indicator it fires (optional, so that journals written before
        // this rule stay readable); LedgerMeasurements turns it into that indicator's flag.
        boolean allowsIndicator = t == EntryType.MEASUREMENT
                || t == EntryType.VETO
                || t == EntryType.INSPECTION_FINDING
                || t == EntryType.POINTS_AWARDED
                || t == EntryType.POINTS_DEDUCTED;
        presence(ps, "indicator", indicator, needsIndicator, allowsIndicator, t);
        boolean needsAmount =
                t == EntryType.MEASUREMENT || t == EntryType.POINTS_AWARDED || t == EntryType.POINTS_DEDUCTED;
        boolean allowsAmount = needsAmount || t == EntryType.INSPECTION_FINDING;
        presence(ps, "amount", amount, needsAmount, allowsAmount, t);
        presence(ps, "stage", e.stage(), t == EntryType.STAGE_CHANGE, t == EntryType.STAGE_CHANGE, t);
        boolean needsReason = t != EntryType.MEASUREMENT && t != EntryType.STAGE_CHANGE;
        presence(ps, "reason", reason, needsReason, true, t);
        presence(ps, "reverses", reverses, t == EntryType.REVERSAL, t == EntryType.REVERSAL, t);
        presence(ps, "replacement", e.replacement(), false, t == EntryType.REVERSAL, t);
        if (amount.isPresent()) {
            BigDecimal a = amount.get();
            if ((t == EntryType.POINTS_AWARDED || t == EntryType.POINTS_DEDUCTED || t == EntryType.INSPECTION_FINDING)
                    && a.signum() <= 0) {
                ps.add(Problem.at(LedgerProblem.AMOUNT_NOT_POSITIVE, "$.amount", a.toPlainString()));
            }
            if (a.precision() > 38 || Math.abs(a.scale()) > 18) {
                ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.amount", "amount", 38));
            }
        }
        if (reason.isPresent()) {
            text(ps, "$.reason", reason.get());
        }
        // the actor's id and role, like the entry's ids, were checked by IdRule when they were made
        Actor actor = e.actor();
        Optional<String> organisation = actor.organisation();
        if (organisation.isPresent()) {
            if (badText(organisation.get())) {
                text(ps, "$.actor.organisation", organisation.get());
            } else {
                id(ps, "$.actor.organisation", organisation.get(), MAX_TEXT);
            }
        }
        java.util.List<String> evidence = e.evidence();
        int evidenceCount = evidence.size();
        if (evidenceCount > MAX_EVIDENCE) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.evidence", "evidence", MAX_EVIDENCE));
        }
        for (int i = 0; i < evidenceCount; i++) {
            String s = evidence.get(i);
            if (badText(s)) {
                String path = "$.evidence[" + i + "]";
                ps.add(Problem.at(LedgerProblem.BAD_TEXT, path, path.substring(2), MAX_TEXT));
            } else if (!IdRule.accepts(s, MAX_TEXT)) {
                IdRule.problem(s, "$.evidence[" + i + "]", MAX_TEXT).ifPresent(ps::add);
            }
        }
        int year = e.businessDate().getYear();
        if (year < 1900 || year > 2200) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.businessDate", "businessDate", "1900..2200"));
        }
        long rYear = e.recordedAt().getEpochSecond() / 31_556_952L + 1970;
        if (rYear < 1970 || rYear > 2200) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, "$.recordedAt", "recordedAt", "1970..2200"));
        }
        if (reverses.isPresent() && reverses.get().equals(e.id())) {
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

    /**
     * The one rule of ids and codes ({@link IdRule}): the entry's ids and the actor's id and role
     * are checked when they are made; the organisation and evidence references (names and document
     * numbers, up to {@link #MAX_TEXT} characters) here.
     */
    private static void id(java.util.List<Problem> ps, String path, String s, int max) {
        if (!IdRule.accepts(s, max)) {
            IdRule.problem(s, path, max).ifPresent(ps::add);
        }
    }

    private static void text(java.util.List<Problem> ps, String path, String s) {
        if (badText(s)) {
            ps.add(Problem.at(LedgerProblem.BAD_TEXT, path, path.substring(2), MAX_TEXT));
        }
    }

    private static boolean badText(String s) {
        return s.length() > MAX_TEXT || s.isBlank();
    }
}
