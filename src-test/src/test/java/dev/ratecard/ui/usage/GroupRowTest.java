package dev.ratecard.ui.usage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a group's request count can be trusted: a stored row is at least one request, so rows counting none stated none. */
class GroupRowTest {
    @ParameterizedTest(name = "{0} rows, {1} requests, {2} rows stating none: {3}")
    @CsvSource(textBlock = """
            # rows, requests, rows without requests, shown as
            # Anthropic's usage report: buckets with tokens and no request count
            565,    0,        565,                   not stated
            # a request log: one request a row
            19953,  19953,    0,                     exact
            # an aggregated export: many requests a row
            12,     4800,     0,                     exact
            # nothing stored in the range: zero requests is the truth
            0,      0,        0,                     exact
            # both sources under one model name: 19,953 is only what the log stated
            20518,  19953,    565,                   floor
            """)
    void aGroupWithRowsThatCountNoRequestsShowsAFloorOrNothing(long rows, long requests, long withoutRequests, String shown) {
        GroupRow row = new GroupRow("claude-haiku-4-5", rows, 595_409, 0, 0, 781_937, 0, requests, withoutRequests, "",
                "$5.25", new BigDecimal("5.25"), true);

        assertEquals(shown, row.requestsKnown() ? "exact" : row.requestsFloor() ? "floor" : "not stated");
    }

    @ParameterizedTest(name = "{0} requests, {1} rows stating none")
    @CsvSource(delimiter = '|', textBlock = """
            # requests | rows without requests | the total line says
            85652      | 0                     | 85,652 requests
            85652      | 1620                  | 85,652 requests stated (1,620 rows from sources that state none)
            1          | 1                     | 1 request stated (1 row from sources that state none)
            """)
    void theTotalLineSaysHowManyRequestsWereStatedAndHowManyRowsStatedNone(long requests, long withoutRequests,
                                                                           String said) {
        GroupRow total = new GroupRow("Total", 87_272, 0, 0, 0, 0, 0, requests, withoutRequests, "", "$585.01",
                new BigDecimal("585.01"), true);

        assertEquals(said, UsageTableModel.requests(total));
    }
}
