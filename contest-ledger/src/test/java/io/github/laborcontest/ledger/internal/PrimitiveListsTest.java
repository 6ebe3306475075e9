// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounds of {@link IntList} and {@link LongList}, and their growth past the first 1024 slots. */
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
}
