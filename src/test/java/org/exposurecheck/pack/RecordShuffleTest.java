package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordShuffleTest {
    @Test
    void positionsAreAPermutationForEverySize() {
        for (int size : new int[] {1, 2, 3, 5, 17, 1000, 4097}) {
            RecordShuffle shuffle = new RecordShuffle(size, new SecureRandom());
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                int position = shuffle.position(i);
                assertThat(position).isBetween(0, size - 1);
                seen.add(position);
            }
            assertThat(seen).as("size %d", size).hasSize(size);
        }
    }

    @Test
    void theOrderIsMixedAndIdsAreUniqueAndDifferPerBuild() {
        RecordShuffle one = new RecordShuffle(10_000, new SecureRandom());
        RecordShuffle other = new RecordShuffle(10_000, new SecureRandom());
        int unmoved = 0;
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            unmoved += one.position(i) == i ? 1 : 0;
            ids.add(one.id(i));
        }
        assertThat(unmoved).as("a shuffle leaves about one record in place").isLessThan(10);
        assertThat(ids).hasSize(10_000);
        assertThat(one.id(0)).isNotEqualTo(other.id(0));
    }
}
