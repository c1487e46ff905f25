package dev.ratecard.store;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OccurrenceCounterTest {
    @Test
    void countsEachHashSeparatelyFromZero() {
        OccurrenceCounter counter = new OccurrenceCounter();

        assertEquals(0, counter.next(hash(1, 1)));
        assertEquals(0, counter.next(hash(1, 2)));
        assertEquals(1, counter.next(hash(1, 1)));
        assertEquals(2, counter.next(hash(1, 1)));
        assertEquals(1, counter.next(hash(1, 2)));
    }

    @Test
    void hashesThatShareTheirLowBitsAreStillTold() {
        OccurrenceCounter counter = new OccurrenceCounter();

        // Same low half (same slot), different high half.
        assertEquals(0, counter.next(hash(7, 42)));
        assertEquals(0, counter.next(hash(8, 42)));
        assertEquals(1, counter.next(hash(7, 42)));
    }

    @Test
    void keepsEveryCountWhileTheTableGrows() {
        OccurrenceCounter counter = new OccurrenceCounter();
        int distinct = 50_000;
        for (int i = 0; i < distinct; i++) {
            counter.next(hash(i, i * 31L));
        }

        for (int i = 0; i < distinct; i++) {
            assertEquals(1, counter.next(hash(i, i * 31L)), "second sighting of hash " + i);
        }
    }

    private static byte[] hash(long high, long low) {
        return ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    }
}
