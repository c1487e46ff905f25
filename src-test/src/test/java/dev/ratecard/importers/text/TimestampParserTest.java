package dev.ratecard.importers.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimestampParserTest {
    private final TimestampParser utc = new TimestampParser(ZoneOffset.UTC, SlashDateOrder.MONTH_FIRST);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-11-25T16:00:00Z              | 2025-11-25T16:00:00Z
            2025-11-25T16:00:00.123Z          | 2025-11-25T16:00:00.123Z
            2024-07-15T23:33:19.433273+00:00  | 2024-07-15T23:33:19.433273Z
            2025-10-27T00:10:00+02:00         | 2025-10-26T22:10:00Z
            2025-10-27T00:10:00-0530          | 2025-10-27T05:40:00Z
            2025-10-27T00:10:00+01            | 2025-10-26T23:10:00Z
            2026-03-16 10:36:33.511           | 2026-03-16T10:36:33.511Z
            2025-11-25 16:01:00.000           | 2025-11-25T16:01:00Z
            2025-11-25 16:01                  | 2025-11-25T16:01:00Z
            2025-11-25 16:01:00 UTC           | 2025-11-25T16:01:00Z
            2025-11-25                        | 2025-11-25T00:00:00Z
            2024-02-29T12:00:00Z              | 2024-02-29T12:00:00Z
            1730419200                        | 2024-11-01T00:00:00Z
            1741569952                        | 2025-03-10T01:25:52Z
            1761523800.0                      | 2025-10-27T00:10:00Z
            1741569952123                     | 2025-03-10T01:25:52.123Z
            5/1/25                            | 2025-05-01T00:00:00Z
            12/31/2024 11:30 PM               | 2024-12-31T23:30:00Z
            2025/05/01                        | 2025-05-01T00:00:00Z
            'Tue, 3 Jun 2008 11:05:30 GMT'    | 2008-06-03T11:05:30Z
            2025-11-25T16:00:00.123456789Z    | 2025-11-25T16:00:00.123456789Z
            """)
    void readsTheFormsUsageExportsWrite(String text, String expected) {
        assertEquals(Instant.parse(expected), utc.parse(text));
    }

    @Test
    void readsZonelessTimesInTheGivenZoneAcrossDaylightSaving() {
        TimestampParser berlin = new TimestampParser(ZoneId.of("Europe/Berlin"), SlashDateOrder.MONTH_FIRST);
        // Winter: UTC+1; summer (after 2025-03-30 02:00): UTC+2.
        assertEquals(Instant.parse("2025-01-15T09:00:00Z"), berlin.parse("2025-01-15 10:00:00"));
        assertEquals(Instant.parse("2025-07-15T08:00:00Z"), berlin.parse("2025-07-15 10:00:00"));
        // A zone in the text wins over the default.
        assertEquals(Instant.parse("2025-07-15T10:00:00Z"), berlin.parse("2025-07-15T10:00:00Z"));
    }

    @Test
    void reportsWhetherAZonelessTimeWasRead() {
        TimestampParser parser = new TimestampParser(ZoneOffset.UTC, SlashDateOrder.MONTH_FIRST);
        parser.parse("2025-11-25T16:00:00Z");
        parser.parse("1730419200");
        assertFalse(parser.sawNaiveTime(), "times with a zone or Unix times are not zone-less");
        parser.parse("2025-11-25 16:00:00");
        assertTrue(parser.sawNaiveTime());
    }

    @Test
    void readsSlashedDatesDayFirstWhenAsked() {
        TimestampParser dayFirst = new TimestampParser(ZoneOffset.UTC, SlashDateOrder.DAY_FIRST);
        assertEquals(Instant.parse("2025-01-05T00:00:00Z"), dayFirst.parse("5/1/25"));
        assertEquals(Instant.parse("2025-05-01T00:00:00Z"), utc.parse("5/1/25"));
    }

    @Test
    void appliesACustomPatternAndEpochKeywords() {
        TimestampParser dotted = new TimestampParser(ZoneId.of("Europe/Berlin"), SlashDateOrder.MONTH_FIRST, "dd.MM.yyyy HH:mm");
        assertEquals(Instant.parse("2025-01-15T09:30:00Z"), dotted.parse("15.01.2025 10:30"));
        TimestampParser millis = new TimestampParser(ZoneOffset.UTC, SlashDateOrder.MONTH_FIRST, "unix-millis");
        assertEquals(Instant.parse("2024-11-01T00:00:00Z"), millis.parse("1730419200000"));
        ValueFormatException wrong = assertThrows(ValueFormatException.class, () -> dotted.parse("2025-01-15"));
        assertEquals("does not match the time format \"dd.MM.yyyy HH:mm\"", wrong.reason());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-13-01T00:00:00Z   | month 13 out of range
            2023-02-29             | day 29 out of range for 2023-02
            2025-11-25T24:00:00Z   | time of day out of range
            2025-11-25T16:61:00Z   | time of day out of range
            13/25/25               | month 13 out of range
            25/12/25               | month 25 out of range; the dates look day-first, set the slash date order
            yesterday              | not a date/time (expected e.g. 2025-11-25T16:00:00Z, 2025-11-25 16:00:00, 1764086400 or 5/1/25)
            2025-11-25T16:00:00+25:00 | time zone offset out of range
            """)
    void refusesImpossibleDatesWithTheReason(String text, String reason) {
        ValueFormatException refused = assertThrows(ValueFormatException.class, () -> utc.parse(text));
        assertEquals(reason, refused.reason());
    }
}
