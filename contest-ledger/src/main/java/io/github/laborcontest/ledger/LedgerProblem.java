// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.problem.ProblemCode;

/**
 * The problem codes of contest-ledger: refused entries, broken chains, damaged journals and bad
 * import lines. Messages: {@code problems.properties} (Chinese) and {@code problems_en.properties}.
 *
 * @since 0.1.0
 */
public enum LedgerProblem implements ProblemCode {
    /** A field the entry type needs is absent; args: field, type. */
    FIELD_REQUIRED("ledger.field-required"),
    /** A field the entry type does not allow is present; args: field, type. */
    FIELD_NOT_ALLOWED("ledger.field-not-allowed"),
    /** An amount that must be positive is not; args: amount. */
    AMOUNT_NOT_POSITIVE("ledger.amount-not-positive"),
    /** A text is blank or too long; args: field, limit. */
    BAD_TEXT("ledger.bad-text"),
    /** The schema version is not one this reader knows; args: version, known. */
    UNKNOWN_SCHEMA_VERSION("ledger.unknown-schema-version"),
    /** The same id was recorded with different content; args: id. */
    DUPLICATE_ID_DIFFERENT_CONTENT("ledger.duplicate-id"),
    /** A reversal names an entry that is not in the ledger; args: reversed id. */
    REVERSAL_OF_UNKNOWN("ledger.reversal-unknown"),
    /** A reversal names an entry that was already reversed; args: reversed id, earlier reversal. */
    ALREADY_REVERSED("ledger.already-reversed"),
    /** A reversal names a reversal; args: reversed id. */
    REVERSAL_OF_REVERSAL("ledger.reversal-of-reversal"),
    /** A reversal concerns another competition, participant or period than its target; args: id. */
    REVERSAL_MISMATCH("ledger.reversal-mismatch"),
    /** A replacement names an entry that is not in the ledger; args: id. */
    REPLACEMENT_UNKNOWN("ledger.replacement-unknown"),
    /** The authorisation policy refused the actor; args: actor, reason. */
    NOT_AUTHORISED("ledger.not-authorised"),
    /** The ledger is damaged and read-only until repaired; args: detail. */
    DAMAGED("ledger.damaged"),
    /** The store failed; args: detail. */
    STORE_FAILED("ledger.store-failed"),
    /** The journal is locked by another writer; args: path. */
    LOCKED("ledger.locked"),
    /** Another id in the same batch is equal; args: id. */
    DUPLICATE_IN_BATCH("ledger.duplicate-in-batch"),
    /** A line of an import is empty; args: none. */
    EMPTY_LINE("ledger.empty-line"),
    /**
     * A torn tail was cut off the journal by an open for appending and moved to a quarantine
     * file; args: segment, offset, bytes, quarantine file.
     */
    TORN_TAIL_TRUNCATED("ledger.torn-tail-truncated"),
    /**
     * A torn tail (an incomplete frame after the last durable record) was found by an open for
     * reading and left in place; args: segment, offset, bytes, the position it would have had.
     */
    TORN_TAIL_FOUND("ledger.torn-tail-found"),
    /** A repair moved bytes cut off the journal to a quarantine file; args: segment, offset, bytes, file, first position. */
    QUARANTINED("ledger.quarantined"),
    /** The journal directory does not exist (a read never creates it); args: path. */
    NO_JOURNAL("ledger.no-journal"),
    /** The ledger was opened for reading only; args: none. */
    READ_ONLY("ledger.read-only"),
    /** A record of the journal is corrupt; args: segment, offset, position, detail, the id it holds (unverified). */
    CORRUPT_RECORD("ledger.corrupt-record"),
    /** The journal holds fewer entries than its head file says, or another last hash; args: loaded, head size, detail. */
    JOURNAL_CUT("ledger.journal-cut"),
    /** The head file could not be read and was ignored; args: detail. */
    HEAD_FILE_IGNORED("ledger.head-file-ignored"),
    /** The chain breaks at an entry; args: position, id, kind. */
    CHAIN_BROKEN("ledger.chain-broken"),
    /** A field of a checkpoint document is wrong; args: field, what it must be. */
    CHECKPOINT_FIELD("ledger.checkpoint-field"),
    /** The ledger does not extend a checkpoint; args: the checkpoint's entries and head, why. */
    CHECKPOINT_NOT_EXTENDED("ledger.checkpoint-not-extended");

    private final String code;

    LedgerProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.ledger.problems";
    }
}
