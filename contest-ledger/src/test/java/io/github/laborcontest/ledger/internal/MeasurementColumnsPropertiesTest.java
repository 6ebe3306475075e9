// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.StandingKey;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A standing's measurements kept in columns ({@link Measurements}) behave as a plain list of
 * measurements in chain order: whatever the mix of adds, reversals by id, copies and merges of a
 * later segment, the latest measurement of each indicator is the one the list gives, with its
 * value, evidence and actor. The random items use the columns that are made only when needed:
 * ids longer than the 32 bytes kept inline, values of more than 18 digits, evidence, a second
 * actor.
 */
class MeasurementColumnsPropertiesTest {

    private static final StandingKey KEY =
            new StandingKey(CompetitionId.of("c"), ParticipantId.of("p"), PeriodId.of("2026-03"));
    private static final IndicatorCode[] CODES = {
        IndicatorCode.of("quality.pass-rate"),
        IndicatorCode.of("safety.hazards"),
        IndicatorCode.of("progress.plan"),
        IndicatorCode.of("innovation.patents"),
        IndicatorCode.of("civilised.dust")
    };
    private static final String[] ACTORS = {"inspector-01", "inspector-02", "owner"};

    /** One measurement of the model. */
    private record Item(String id, IndicatorCode code, BigDecimal value, List<String> evidence, String actor) {}

    @Property(tries = 400)
    void columnsGiveTheLatestOfEachIndicatorAsAPlainListDoes(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int steps) {
        Random r = new Random(seed);
        List<Item> model = new ArrayList<>();
        Measurements columns = new Measurements();
        int next = 0;
        for (int s = 0; s < steps; s++) {
            int op = r.nextInt(10);
            if (op < 6 || model.isEmpty()) {
                Item item = item(r, next++);
                model.add(item);
                add(columns, item);
            } else if (op < 8) {
                // a reversal: of an item held, or of an id not held (nothing changes)
                String id = r.nextBoolean() ? model.get(r.nextInt(model.size())).id() : id(r, 1_000_000 + next++);
                boolean held = model.removeIf(i -> i.id().equals(id));
                byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
                assertThat(columns.remove(bytes, IdRows.words(bytes))).isEqualTo(held);
            } else if (op < 9) {
                // the state goes on as a copy; the original must not see what the copy does
                Measurements original = columns;
                List<Measurement> before = original.isEmpty() ? List.of() : original.latest(KEY, false);
                columns = original.copy();
                Item item = item(r, next++);
                model.add(item);
                add(columns, item);
                assertThat(original.isEmpty() ? List.of() : original.latest(KEY, false))
                        .isEqualTo(before);
            } else {
                // a later segment's measurements merged in
                Measurements later = new Measurements();
                int n = r.nextInt(6);
                for (int k = 0; k < n; k++) {
                    Item item = item(r, next++);
                    model.add(item);
                    add(later, item);
                }
                columns.addAll(later);
            }
            assertThat(columns.size()).isEqualTo(model.size());
            assertThat(columns.isEmpty() ? List.of() : columns.latest(KEY, r.nextBoolean()))
                    .isEqualTo(latest(model));
        }
    }

    private static Item item(Random r, int n) {
        BigDecimal value = r.nextInt(8) == 0
                ? new BigDecimal(new BigInteger(70 + r.nextInt(40), r).add(BigInteger.TEN.pow(19)), r.nextInt(5))
                : BigDecimal.valueOf(r.nextInt(20_001) - 10_000, r.nextInt(4));
        List<String> evidence = switch (r.nextInt(4)) {
            case 0 -> List.of("JL-" + r.nextInt(100));
            case 1 -> List.of("JL-" + r.nextInt(100), "照片-" + r.nextInt(100));
            default -> List.of();
        };
        String actor = ACTORS[r.nextInt(8) < 6 ? 0 : 1 + r.nextInt(2)];
        return new Item(id(r, n), CODES[r.nextInt(CODES.length)], value, evidence, actor);
    }

    /** A unique id, of 1 to 60 UTF-8 bytes, sometimes with Chinese characters. */
    private static String id(Random r, int n) {
        String base = (r.nextBoolean() ? "M-" : "测量-") + n;
        int pad = r.nextInt(4) == 0 ? 20 + r.nextInt(30) : r.nextInt(8);
        return base + "-" + "x".repeat(pad);
    }

    private static void add(Measurements columns, Item item) {
        byte[] id = item.id().getBytes(StandardCharsets.UTF_8);
        BigDecimal v = item.value();
        boolean fits = v.precision() <= 18;
        columns.add(
                item.code(),
                IdRows.words(id),
                0,
                id.length,
                id.length > IdRows.INLINE_ID_BYTES ? Arrays.copyOf(id, id.length) : null,
                fits ? v.unscaledValue().longValueExact() : 0,
                fits ? v.scale() : 0,
                fits ? null : v,
                item.evidence(),
                item.actor());
    }

    private static List<Measurement> latest(List<Item> model) {
        Map<IndicatorCode, Item> last = new LinkedHashMap<>();
        for (Item i : model) {
            last.put(i.code(), i);
        }
        return last.values().stream()
                .sorted(Comparator.comparing(Item::code))
                .map(i -> new Measurement.Builder()
                        .participant(KEY.participant())
                        .indicator(i.code())
                        .period(KEY.period())
                        .value(i.value())
                        .evidence(i.evidence())
                        .source(i.actor())
                        .build())
                .toList();
    }
}
