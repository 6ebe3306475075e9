// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.Contribution;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A standing's contributions kept in columns ({@link Contributions}) behave as a plain list of
 * contributions in chain order: whatever the mix of adds, reversals by id, copies and merges of a
 * later segment, they give the list's contributions (id, type, amount, reason, date), the exact
 * sums of the points awarded and deducted, and the stage of the latest stage change. Values kept
 * for a snapshot are given again, the same instances, by later views of the same rows, also after
 * a copy or a merge. The random rows use ids longer than the 32 bytes kept inline and amounts of
 * more than 18 digits.
 */
class ContributionColumnsPropertiesTest {

    private static final EntryType[] TYPES = {
        EntryType.POINTS_AWARDED,
        EntryType.POINTS_DEDUCTED,
        EntryType.INSPECTION_FINDING,
        EntryType.VETO,
        EntryType.STAGE_CHANGE
    };
    private static final String[] REASONS = {"泰山杯", "围挡破损", "督导检查发现隐患"};

    /** One contribution of the model, with the new stage of a stage change. */
    private record Row(Contribution value, Optional<ProjectStage> stage) {}

    @Property(tries = 400)
    void columnsGiveTheContributionsSumsAndStageAsAPlainListDoes(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int steps) {
        Random r = new Random(seed);
        List<Row> model = new ArrayList<>();
        Contributions columns = new Contributions();
        int next = 0;
        for (int s = 0; s < steps; s++) {
            int op = r.nextInt(10);
            if (op < 6 || model.isEmpty()) {
                Row row = row(r, next++);
                model.add(row);
                add(columns, row);
            } else if (op < 8) {
                String id = r.nextBoolean()
                        ? model.get(r.nextInt(model.size())).value().entry().value()
                        : id(r, 1_000_000 + next++);
                boolean held = model.removeIf(x -> x.value().entry().value().equals(id));
                byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
                assertThat(columns.remove(bytes, IdRows.words(bytes))).isEqualTo(held);
            } else if (op < 9) {
                Contributions original = columns;
                List<Contribution> before = original.values(false);
                columns = original.copy();
                Row row = row(r, next++);
                model.add(row);
                add(columns, row);
                assertThat(original.values(false)).isEqualTo(before);
            } else {
                Contributions later = new Contributions();
                int n = r.nextInt(6);
                for (int k = 0; k < n; k++) {
                    Row row = row(r, next++);
                    model.add(row);
                    add(later, row);
                }
                if (r.nextBoolean()) {
                    later.values(true); // values kept in the later segment travel with its rows
                }
                columns.addAll(later);
            }
            List<Contribution> expected = model.stream().map(Row::value).toList();
            boolean keep = r.nextBoolean();
            List<Contribution> values = columns.values(keep);
            assertThat(values).isEqualTo(expected);
            if (keep) {
                List<Contribution> again = columns.copy().values(false);
                for (int i = 0; i < values.size(); i++) {
                    assertThat(again.get(i)).isSameAs(values.get(i));
                }
            }
            assertThat(columns.size()).isEqualTo(model.size());
            assertThat(columns.total(EntryType.POINTS_AWARDED)).isEqualTo(sum(model, EntryType.POINTS_AWARDED));
            assertThat(columns.total(EntryType.POINTS_DEDUCTED)).isEqualTo(sum(model, EntryType.POINTS_DEDUCTED));
            Optional<ProjectStage> stage = Optional.empty();
            for (Row row : model) {
                stage = row.stage().isPresent() ? row.stage() : stage;
            }
            assertThat(columns.latestStage()).isEqualTo(stage);
        }
    }

    /** {@code BigDecimal.ZERO.add(a).add(b)…} over the amounts of a type, as a fold sums them. */
    private static BigDecimal sum(List<Row> model, EntryType type) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row row : model) {
            if (row.value().type() == type && row.value().amount().isPresent()) {
                total = total.add(row.value().amount().get());
            }
        }
        return total;
    }

    private static Row row(Random r, int n) {
        EntryType type = TYPES[r.nextInt(TYPES.length)];
        Optional<BigDecimal> amount = Optional.empty();
        if (type == EntryType.POINTS_AWARDED || type == EntryType.POINTS_DEDUCTED || r.nextInt(3) == 0) {
            amount = Optional.of(
                    r.nextInt(8) == 0
                            ? new BigDecimal(
                                    new BigInteger(70 + r.nextInt(40), r).add(BigInteger.TEN.pow(19)), r.nextInt(5))
                            : BigDecimal.valueOf(r.nextInt(2_001) - 1_000, r.nextInt(4)));
        }
        Optional<String> reason =
                r.nextInt(4) == 0 ? Optional.empty() : Optional.of(REASONS[r.nextInt(REASONS.length)]);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400) - 30);
        Optional<ProjectStage> stage = type == EntryType.STAGE_CHANGE
                ? Optional.of(ProjectStage.values()[r.nextInt(ProjectStage.values().length)])
                : Optional.empty();
        return new Row(new Contribution(EntryId.of(id(r, n)), type, amount, reason, day), stage);
    }

    /** A unique id, of 1 to 60 UTF-8 bytes, sometimes with Chinese characters. */
    private static String id(Random r, int n) {
        String base = (r.nextBoolean() ? "C-" : "加分-") + n;
        int pad = r.nextInt(4) == 0 ? 20 + r.nextInt(30) : r.nextInt(8);
        return base + "-" + "y".repeat(pad);
    }

    private static void add(Contributions columns, Row row) {
        Contribution c = row.value();
        byte[] id = c.entry().value().getBytes(StandardCharsets.UTF_8);
        BigDecimal v = c.amount().orElse(null);
        boolean fits = v == null || v.precision() <= 18;
        columns.add(
                c.type(),
                IdRows.words(id),
                0,
                id.length,
                id.length > IdRows.INLINE_ID_BYTES ? Arrays.copyOf(id, id.length) : null,
                v != null,
                v != null && fits ? v.unscaledValue().longValueExact() : 0,
                v != null && fits ? v.scale() : 0,
                fits ? null : v,
                c.reason(),
                c.businessDate().toEpochDay(),
                row.stage().orElse(null));
    }
}
