// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.problem.InvalidIdException;
import io.github.laborcontest.model.problem.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Exact problems of {@link Entries#check(Entry)} for each rule, at and beyond each limit. */
class EntriesCheckTest {

    private static final String T = "2026-03-13T08:00:00Z";

    /** The problems as "code path args", in the order check reports them. */
    private static List<String> problems(Entry e) {
        return Entries.check(e).fold(ps -> ps.map(EntriesCheckTest::line).toJavaList(), ok -> List.of());
    }

    private static String line(Problem p) {
        return p.codeName() + " " + p.path() + " " + p.args();
    }

    private static Entry.Builder award() {
        return TestEntries.base("E-1", P1, T)
                .type(EntryType.POINTS_AWARDED)
                .amount(new BigDecimal("2"))
                .reason("创新");
    }

    @Test
    void a_valid_entry_of_each_type_has_no_problem() {
        assertThat(problems(award().build())).isEmpty();
        assertThat(problems(TestEntries.measurement("E-2", P1, "0.5", T))).isEmpty();
        assertThat(problems(TestEntries.veto("E-3", P1, "重大事故", T))).isEmpty();
        assertThat(problems(TestEntries.reversal("E-4", P1, "E-1", T))).isEmpty();
        Entry stage = TestEntries.base("E-5", P1, T)
                .type(EntryType.STAGE_CHANGE)
                .stage(ProjectStage.values()[0])
                .build();
        assertThat(problems(stage)).isEmpty();
        Entry finding = TestEntries.base("E-6", P1, T)
                .type(EntryType.INSPECTION_FINDING)
                .indicator(QUALITY)
                .amount(BigDecimal.ONE)
                .reason("隐患")
                .build();
        assertThat(problems(finding)).isEmpty();
    }

    @Test
    void a_measurement_needs_indicator_and_amount_and_refuses_stage_reason_reverses_replacement() {
        Entry e = TestEntries.base("E-1", P1, T)
                .type(EntryType.MEASUREMENT)
                .stage(ProjectStage.values()[0])
                .reverses(EntryId.of("E-0"))
                .replacement(EntryId.of("E-9"))
                .build();
        assertThat(problems(e))
                .containsExactly(
                        "ledger.field-required $.indicator [indicator, measurement]",
                        "ledger.field-required $.amount [amount, measurement]",
                        "ledger.field-not-allowed $.stage [stage, measurement]",
                        "ledger.field-not-allowed $.reverses [reverses, measurement]",
                        "ledger.field-not-allowed $.replacement [replacement, measurement]");
    }

    @Test
    void a_stage_change_refuses_indicator_and_amount_and_needs_its_stage() {
        Entry e = TestEntries.base("E-1", P1, T)
                .type(EntryType.STAGE_CHANGE)
                .indicator(QUALITY)
                .amount(BigDecimal.ONE)
                .build();
        assertThat(problems(e))
                .containsExactly(
                        "ledger.field-not-allowed $.indicator [indicator, stage-change]",
                        "ledger.field-not-allowed $.amount [amount, stage-change]",
                        "ledger.field-required $.stage [stage, stage-change]");
    }

    @Test
    void a_reversal_needs_reason_and_reversed_id_and_must_not_reverse_itself() {
        Entry missing = TestEntries.base("E-1", P1, T).type(EntryType.REVERSAL).build();
        assertThat(problems(missing))
                .containsExactly(
                        "ledger.field-required $.reason [reason, reversal]",
                        "ledger.field-required $.reverses [reverses, reversal]");
        Entry self = TestEntries.base("E-1", P1, T)
                .type(EntryType.REVERSAL)
                .reason("错")
                .reverses(EntryId.of("E-1"))
                .replacement(EntryId.of("E-2"))
                .build();
        assertThat(problems(self)).containsExactly("ledger.reversal-unknown $.reverses [E-1]");
    }

    @Test
    void an_award_or_deduction_needs_a_positive_amount_and_zero_is_not_positive() {
        assertThat(problems(award().amount(BigDecimal.ZERO).build()))
                .containsExactly("ledger.amount-not-positive $.amount [0]");
        assertThat(problems(award().type(EntryType.POINTS_DEDUCTED)
                        .amount(new BigDecimal("-1.5"))
                        .build()))
                .containsExactly("ledger.amount-not-positive $.amount [-1.5]");
        assertThat(problems(award().amount(new BigDecimal("0.01")).build())).isEmpty();
        // a measurement may be zero or negative
        assertThat(problems(TestEntries.measurement("E-2", P1, "-3", T))).isEmpty();
    }

    @Test
    void amount_precision_38_and_scale_18_are_the_limits() {
        BigDecimal p38 = new BigDecimal("9".repeat(38));
        BigDecimal p39 = new BigDecimal("9".repeat(39));
        assertThat(problems(award().amount(p38).build())).isEmpty();
        assertThat(problems(award().amount(p39).build())).containsExactly("ledger.bad-text $.amount [amount, 38]");
        assertThat(problems(award().amount(new BigDecimal("1E-18")).build())).isEmpty();
        assertThat(problems(award().amount(new BigDecimal("1E-19")).build()))
                .containsExactly("ledger.bad-text $.amount [amount, 38]");
        // scale -18 means 1E+18, scale -19 means 1E+19
        assertThat(problems(award().amount(new BigDecimal("1E+18")).build())).isEmpty();
        assertThat(problems(award().amount(new BigDecimal("1E+19")).build()))
                .containsExactly("ledger.bad-text $.amount [amount, 38]");
    }

    @Test
    void texts_are_checked_blank_and_at_2000_characters() {
        assertThat(problems(award().reason("x".repeat(2000)).build())).isEmpty();
        assertThat(problems(award().reason("x".repeat(2001)).build()))
                .containsExactly("ledger.bad-text $.reason [reason, 2000]");
        assertThat(problems(award().reason(" ").build())).containsExactly("ledger.bad-text $.reason [reason, 2000]");
        // an actor's id and role are codes: IdRule refuses them when the actor is made
        assertThatThrownBy(() -> Actor.of("a".repeat(201), "r", "o"))
                .isInstanceOf(InvalidIdException.class)
                .hasMessage("actor.id has 201 characters, more than 200");
        assertThatThrownBy(() -> Actor.of("a", " ", "o"))
                .isInstanceOf(InvalidIdException.class)
                .hasMessage("actor.role must not be blank");
        Entry actor = award().actor(Actor.of("a".repeat(200), "r", "\t")).build();
        assertThat(problems(actor)).containsExactly("ledger.bad-text $.actor.organisation [actor.organisation, 2000]");
        // the organisation (a name) and evidence references follow IdRule's characters up to 2000
        assertThat(problems(award().actor(Actor.of("a", "r", "市南区\u202E")).build()))
                .containsExactly("id.format-character $.actor.organisation [organisation, U+202E, 4]");
        assertThat(problems(award().evidence(List.of("JC-1\nok E-VICTIM")).build()))
                .containsExactly("id.control-character $.evidence[0] [evidence[0], U+000A, 5]");
        assertThat(problems(award().evidence(List.of("x".repeat(2000))).build()))
                .isEmpty();
        assertThat(problems(award().evidence(List.of("JC-1", " ")).build()))
                .containsExactly("ledger.bad-text $.evidence[1] [evidence[1], 2000]");
    }

    @Test
    void at_most_100_evidence_references() {
        assertThat(problems(award().evidence(Collections.nCopies(100, "JC")).build()))
                .isEmpty();
        assertThat(problems(award().evidence(Collections.nCopies(101, "JC")).build()))
                .containsExactly("ledger.bad-text $.evidence [evidence, 100]");
    }

    @Test
    void business_date_from_1900_to_2200() {
        assertThat(problems(award().businessDate(LocalDate.of(1900, 1, 1)).build()))
                .isEmpty();
        assertThat(problems(award().businessDate(LocalDate.of(2200, 12, 31)).build()))
                .isEmpty();
        assertThat(problems(award().businessDate(LocalDate.of(1899, 12, 31)).build()))
                .containsExactly("ledger.bad-text $.businessDate [businessDate, 1900..2200]");
        assertThat(problems(award().businessDate(LocalDate.of(2201, 1, 1)).build()))
                .containsExactly("ledger.bad-text $.businessDate [businessDate, 1900..2200]");
    }

    @Test
    void recorded_at_from_1970_to_2200_in_average_gregorian_years() {
        // the year is epochSecond / 31_556_952 + 1970 (31_556_952 s = 365.2425 days)
        String bad = "ledger.bad-text $.recordedAt [recordedAt, 1970..2200]";
        assertThat(problems(award().recordedAt(Instant.ofEpochSecond(0)).build()))
                .isEmpty();
        // -31_556_951 / 31_556_952 = 0 → 1970; -31_556_952 / 31_556_952 = -1 → 1969
        assertThat(problems(
                        award().recordedAt(Instant.ofEpochSecond(-31_556_951L)).build()))
                .isEmpty();
        assertThat(problems(
                        award().recordedAt(Instant.ofEpochSecond(-31_556_952L)).build()))
                .containsExactly(bad);
        // 230 × 31_556_952 = 7_258_098_960 → 2200; 231 × 31_556_952 = 7_289_655_912 → 2201
        assertThat(problems(award().recordedAt(Instant.ofEpochSecond(7_289_655_911L))
                        .build()))
                .isEmpty();
        assertThat(problems(award().recordedAt(Instant.ofEpochSecond(7_289_655_912L))
                        .build()))
                .containsExactly(bad);
    }

    @Test
    void an_unknown_schema_version_is_named_with_the_known_ones() {
        assertThat(problems(award().schemaVersion(3).build()))
                .containsExactly("ledger.unknown-schema-version $.schemaVersion [3, 1, 2]");
    }

    @Test
    void problems_read_in_chinese_and_english() {
        Problem p = Entries.check(
                        TestEntries.base("E-1", P1, T).type(EntryType.VETO).build())
                .getError()
                .head();
        assertThat(p.message(Locale.CHINA)).isEqualTo("$.reason: 类型为“veto”的台账条目必须填写字段“reason”");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$.reason: an entry of type \"veto\" needs the field \"reason\"");
    }
}
