package dev.ratecard.ui.usage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a group's request count can be trusted: a stored row is at least one request, so rows counting none stated none. */
class GroupRowTest {
    @ParameterizedTest(name = "{0} rows, {1} requests: known {2}")
    @CsvSource(textBlock = """
            # rows, requests, known
            # Anthropic's usage report: buckets with tokens and no request count
            565,    0,        false
            # a request log: one request a row
            19953,  19953,    true
            # an aggregated export: many requests a row
            12,     4800,     true
            # nothing stored in the range: zero requests is the truth
            0,      0,        true
            """)
    void aGroupWhoseRowsCountNoRequestsHasAnUnknownCountNotZero(long rows, long requests, boolean known) {
        GroupRow row = new GroupRow("claude-haiku-4-5", rows, 595_409, 0, 0, 781_937, 0, requests, "", "$5.25",
                new BigDecimal("5.25"), true);

        assertEquals(known, row.requestsKnown());
    }
}
