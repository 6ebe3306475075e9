// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a ledger entry records. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum EntryType {
    /** 测量值: a numeric value of an indicator (rate, count, duration); needs indicator and amount. */
    MEASUREMENT("measurement", 1, "测量值"),
    /** 加分: points awarded; needs a positive amount and a reason, optionally the bonus indicator. */
    POINTS_AWARDED("points-awarded", 2, "加分"),
    /** 扣分: points deducted; needs a positive amount (subtracted) and a reason, optionally the deduction indicator. */
    POINTS_DEDUCTED("points-deducted", 3, "扣分"),
    /** 一票否决: a veto for the period; needs a reason, optionally the veto indicator that fired. */
    VETO("veto", 4, "一票否决"),
    /** 阶段变更: the project moved to another stage; needs the stage. */
    STAGE_CHANGE("stage-change", 5, "阶段变更"),
    /** 督导检查发现: an inspection finding; needs a reason, optionally an indicator and a count. */
    INSPECTION_FINDING("inspection-finding", 6, "督导检查发现"),
    /** 冲销: reverses an earlier entry (once); needs the reversed id and a reason. */
    REVERSAL("reversal", 7, "冲销");

    /** The types in declaration order, read without the copy {@code values()} makes per call. */
    private static final EntryType[] ALL = values();

    private final String code;
    private final int tag;
    private final String label;

    EntryType(String code, int tag, String label) {
        this.code = code;
        this.tag = tag;
        this.label = label;
    }

    /** The stable code written in JSON, for example {@code "points-awarded"}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The stable one-byte tag of the binary encoding. */
    public int tag() {
        return tag;
    }

    /** The Chinese label, as in CSV exports. */
    public String label() {
        return label;
    }

    /**
     * The type with this code.
     *
     * @param code a code such as {@code "veto"}
     * @return the type
     * @throws IllegalArgumentException if no type has this code
     */
    @JsonCreator
    public static EntryType ofCode(String code) {
        for (EntryType t : ALL) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entry type: " + code);
    }

    /**
     * The type with this binary tag.
     *
     * @param tag a tag
     * @return the type
     * @throws IllegalArgumentException if no type has this tag
     */
    public static EntryType ofTag(int tag) {
        for (EntryType t : ALL) {
            if (t.tag == tag) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entry type tag: " + tag);
    }
}
