package dev.ratecard.importers.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A number read as a time gives what its digits give: seconds up to 11 digits, then milli-, micro-, nanoseconds. */
class TimestampParserEpochTest {
    private final TimestampParser times = new TimestampParser(ZoneOffset.UTC, SlashDateOrder.MONTH_FIRST);

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 1_764_086_400L, 99_999_999_999L, 100_000_000_000L, 1_764_086_400_123L,
            99_999_999_999_999L, 1_764_086_400_123_456L, 1_764_086_400_123_456_789L, Long.MAX_VALUE})
    void aNumberReadsAsItsDigitsRead(long value) {
        assertEquals(times.parse(Long.toString(value)), times.parseEpoch(value));
    }

    /** 1764086400 seconds is 2025-11-25T16:00:00Z; the same instant in milliseconds has 13 digits. */
    @ParameterizedTest
    @ValueSource(longs = {1_764_086_400L, 1_764_086_400_000L, 1_764_086_400_000_000L, 1_764_086_400_000_000_000L})
    void everyUnitGivesTheSameInstant(long value) {
        assertEquals(Instant.parse("2025-11-25T16:00:00Z"), times.parseEpoch(value));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -1_764_086_400L})
    void aNegativeNumberIsRefusedAsItsTextIs(long value) {
        ValueFormatException asText = assertThrows(ValueFormatException.class, () -> times.parse(Long.toString(value)));
        assertEquals(asText.reason(), assertThrows(ValueFormatException.class, () -> times.parseEpoch(value)).reason());
    }
}
