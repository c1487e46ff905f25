package dev.ratecard.store;

import dev.ratecard.importers.model.Tags;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DedupKeysTest {
    @Test
    void aNaturalKeyIsTheSameRowWhereverItSitsInItsSourceKind() {
        byte[] first = new DedupKeys("openrouter").keyOf(UsageRow.of(row().id("gen-1").from("a.csv", 2).input(1, 1).build()));
        byte[] moved = new DedupKeys("openrouter").keyOf(UsageRow.of(row().id("gen-1").from("b.csv", 90).input(1, 1).build()));
        byte[] otherKind = new DedupKeys("litellm").keyOf(UsageRow.of(row().id("gen-1").input(1, 1).build()));

        assertArrayEquals(first, moved);
        assertEquals(16, first.length);
        assertFalse(Arrays.equals(first, otherKind));
    }

    @Test
    void theKthIdenticalRowOfAFileGetsOccurrenceK() {
        DedupKeys keys = new DedupKeys("csv");
        UsageRow row = UsageRow.of(row().input(5, 5).build());

        byte[] first = keys.keyOf(row);
        byte[] second = keys.keyOf(row);
        byte[] third = keys.keyOf(row);

        assertEquals(20, first.length);
        assertArrayEquals(Arrays.copyOf(first, 16), Arrays.copyOf(third, 16), "same content hash");
        assertEquals(List.of("00000000", "00000001", "00000002"), List.of(tail(first), tail(second), tail(third)));
    }

    @Test
    void lengthPrefixesKeepAdjacentTextFieldsApart() {
        // provider "ab" + model "c" must not hash like provider "a" + model "bc".
        byte[] abC = new DedupKeys("csv").keyOf(UsageRow.of(row().provider("ab").model("c").build()));
        byte[] aBc = new DedupKeys("csv").keyOf(UsageRow.of(row().provider("a").model("bc").build()));
        // A missing tag is not an empty one.
        byte[] noTeam = new DedupKeys("csv").keyOf(UsageRow.of(row().build()));
        byte[] emptyTeam = new DedupKeys("csv").keyOf(UsageRow.of(row().tag(Tags.TEAM, "").build()));

        assertFalse(Arrays.equals(abC, aBc));
        assertFalse(Arrays.equals(noTeam, emptyTeam));
    }

    private static String tail(byte[] key) {
        return HexFormat.of().formatHex(key, 16, 20);
    }
}
