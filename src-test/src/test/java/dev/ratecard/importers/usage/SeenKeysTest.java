package dev.ratecard.importers.usage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeenKeysTest {
    @Test
    void aNewKeyIsNewAndARepeatGivesTheLineItWasFirstSeenOn() {
        SeenKeys seen = new SeenKeys();
        assertEquals(-1, seen.firstLineOf("chatcmpl-a", 2));
        assertEquals(-1, seen.firstLineOf("chatcmpl-b", 3));
        assertEquals(2, seen.firstLineOf("chatcmpl-a", 9));
        // The repeat is not recorded again: a third copy still points at the first.
        assertEquals(2, seen.firstLineOf("chatcmpl-a", 12));
    }

    @Test
    void everyKeyKeepsItsFirstLineWhileTheTableGrowsFromAThousandSlotsToMillions() {
        SeenKeys seen = new SeenKeys();
        int keys = 1_500_000;
        for (int i = 0; i < keys; i++) {
            assertEquals(-1, seen.firstLineOf("gen-" + i, i + 2L), "key " + i);
        }
        for (int i = 0; i < keys; i += 997) {
            assertEquals(i + 2L, seen.firstLineOf("gen-" + i, keys + 10L), "key " + i);
        }
        assertEquals(-1, seen.firstLineOf("gen-" + keys, keys + 2L));
    }
}
