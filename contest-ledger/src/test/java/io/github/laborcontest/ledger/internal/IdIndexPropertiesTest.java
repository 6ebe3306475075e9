// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link IdIndex} against a list of (fingerprint, position) pairs: every position is found by its
 * own fingerprint, fingerprints that share the index's 32-bit tag are told apart by the caller's
 * check, and growth (one at a time or reserved ahead) loses nothing.
 */
class IdIndexPropertiesTest {

    /** A fingerprint with the same tag as {@code fp}: the tag folds both halves together. */
    private static long sameTag(long fp, int k) {
        long x = k + 1L;
        return fp ^ (x | x << 32);
    }

    @Property(tries = 200)
    void every_position_is_found_by_its_fingerprint_and_only_there(
            @ForAll @Size(max = 3000) List<Long> fingerprints,
            @ForAll @IntRange(max = 3) int twins,
            @ForAll boolean reserveAhead) {
        List<Long> fps = new ArrayList<>();
        for (long fp : fingerprints) {
            fps.add(fp);
            for (int k = 0; k < twins; k++) {
                fps.add(sameTag(fp, k));
            }
        }
        IdIndex index = new IdIndex();
        if (reserveAhead) {
            index.reserve(fps.size());
        }
        for (int p = 0; p < fps.size(); p++) {
            index.put(fps.get(p), p);
        }
        assertThat(index.size()).isEqualTo(fps.size());
        for (int p = 0; p < fps.size(); p++) {
            long fp = fps.get(p);
            int want = p;
            // the caller's check: the record at the position has this fingerprint
            long found = index.find(fp, pos -> fps.get((int) pos) == fp);
            assertThat(fps.get((int) found)).isEqualTo(fp);
            assertThat(index.find(fp, pos -> pos == want)).isEqualTo(want);
        }
        assertThat(index.find(0x1234_5678_9abc_def0L, pos -> false)).isEqualTo(-1);
    }

    @Test
    void an_empty_index_finds_nothing_and_refuses_positions_out_of_range() {
        IdIndex index = new IdIndex();
        assertThat(index.find(42, pos -> true)).isEqualTo(-1);
        assertThatThrownBy(() -> index.put(42, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.put(42, 1L << 30)).isInstanceOf(IllegalArgumentException.class);
        index.put(42, (1L << 30) - 1);
        assertThat(index.find(42, pos -> true)).isEqualTo((1L << 30) - 1);
        assertThat(index.toString()).isEqualTo("IdIndex[1 of 1024]");
    }
}
