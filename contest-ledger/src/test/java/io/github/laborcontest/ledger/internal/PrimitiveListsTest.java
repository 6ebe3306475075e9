// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The bounds of {@link IntList} and {@link LongList}, and their growth past the first 1024 slots
 * and past their first chunks.
 */
class PrimitiveListsTest {

    @Test
    void an_int_list_holds_exactly_the_int_range() {
        IntList l = new IntList();
        l.add(Integer.MIN_VALUE);
        l.add(Integer.MAX_VALUE);
        assertThat(l.size()).isEqualTo(2);
        assertThat(l.get(0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(l.get(1)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> l.add(Integer.MIN_VALUE - 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.add(Integer.MAX_VALUE + 1L)).isInstanceOf(IllegalArgumentException.class);
        l.set(1, Integer.MIN_VALUE);
        l.set(0, Integer.MAX_VALUE);
        assertThat(l.get(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(l.get(1)).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> l.set(1, Integer.MIN_VALUE - 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.set(1, Integer.MAX_VALUE + 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.set(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.set(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> l.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void lists_grow_past_their_first_array() {
        IntList ints = new IntList();
        LongList longs = new LongList();
        for (int i = 0; i < 3000; i++) {
            ints.add(i * 7L);
            longs.add(i * 7_000_000_000L);
        }
        assertThat(ints.size()).isEqualTo(3000);
        assertThat(longs.size()).isEqualTo(3000);
        for (int i = 0; i < 3000; i += 499) {
            assertThat(ints.get(i)).isEqualTo(i * 7L);
            assertThat(longs.get(i)).isEqualTo(i * 7_000_000_000L);
        }
        assertThat(longs.get(2999)).isEqualTo(2999 * 7_000_000_000L);
        assertThatThrownBy(() -> longs.get(3000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> longs.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        longs.set(5, -1);
        assertThat(longs.get(5)).isEqualTo(-1);
        longs.truncate(10);
        assertThat(longs.size()).isEqualTo(10);
        assertThatThrownBy(() -> longs.get(10)).isInstanceOf(IndexOutOfBoundsException.class);
        longs.truncate(20);
        assertThat(longs.size()).isEqualTo(10);
    }

    @Test
    void lists_keep_every_value_across_chunks() {
        IntList ints = new IntList();
        LongList longs = new LongList();
        int intCount = 2 * IntList.CHUNK + 3;
        int longCount = 2 * LongList.CHUNK + 3;
        for (int i = 0; i < intCount; i++) {
            ints.add(i * 3L - 5);
        }
        for (int i = 0; i < longCount; i++) {
            longs.add(i * 5_000_000_000L + 1);
        }
        assertThat(ints.size()).isEqualTo(intCount);
        assertThat(longs.size()).isEqualTo(longCount);
        for (int i = 0; i < intCount; i++) {
            if (ints.get(i) != i * 3L - 5) {
                throw new AssertionError("int " + i + ": " + ints.get(i));
            }
        }
        for (int i = 0; i < longCount; i++) {
            if (longs.get(i) != i * 5_000_000_000L + 1) {
                throw new AssertionError("long " + i + ": " + longs.get(i));
            }
        }
        int edge = IntList.CHUNK;
        ints.set(edge, -9);
        ints.set(edge - 1, 9);
        assertThat(ints.get(edge)).isEqualTo(-9);
        assertThat(ints.get(edge - 1)).isEqualTo(9);
        assertThat(ints.get(edge + 1)).isEqualTo((edge + 1) * 3L - 5);
        assertThatThrownBy(() -> ints.get(intCount)).isInstanceOf(IndexOutOfBoundsException.class);
        // truncated into its second chunk, a list takes later values where the old ones were
        longs.truncate(LongList.CHUNK + 1);
        longs.add(-7);
        assertThat(longs.size()).isEqualTo(LongList.CHUNK + 2);
        assertThat(longs.get(LongList.CHUNK)).isEqualTo(LongList.CHUNK * 5_000_000_000L + 1);
        assertThat(longs.get(LongList.CHUNK + 1)).isEqualTo(-7);
        assertThatThrownBy(() -> longs.get(LongList.CHUNK + 2)).isInstanceOf(IndexOutOfBoundsException.class);
        longs.truncate(LongList.CHUNK);
        longs.add(-8);
        assertThat(longs.get(LongList.CHUNK)).isEqualTo(-8);
        assertThat(longs.get(LongList.CHUNK - 1)).isEqualTo((LongList.CHUNK - 1) * 5_000_000_000L + 1);
    }
}
