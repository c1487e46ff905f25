package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The route, cost currency, cost kind, extra tags and request count an import repeats are written into its insert
 * statements as literals; what is stored must be the same value, of the same type, as binding it would store.
 */
class UsualValuesStorageTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void rowsRepeatingTheFirstRowsValuesAndRowsDifferingFromThemStoreTheirOwnText() throws Exception {
        // The first row sets the usual values, an apostrophe in its tag included; the second repeats them; the
        // third differs in each, the fourth has no cost and no extra tag at all.
        List<UsageRecord> records = List.of(
                row().line(2).route("openrouter").tag("note", "O'Brien's").cost("0.5", "USD").build(),
                row().line(3).route("openrouter").tag("note", "O'Brien's").cost("0.25", "USD").build(),
                row().line(4).route("direct").tag("note", "other").estimatedCost("0.125").model("x").build(),
                row().line(5).route("direct").cost("1", "EUR").model("y").build(),
                row().line(6).route("openrouter").build());

        workspace.importAll(request("usage.csv", 1), records);

        assertEquals(List.of(
                        "2|openrouter|text|{\"note\":\"O'Brien's\"}|text|USD|text|invoiced|text",
                        "3|openrouter|text|{\"note\":\"O'Brien's\"}|text|USD|text|invoiced|text",
                        "4|direct|text|{\"note\":\"other\"}|text|USD|text|estimated|text",
                        "5|direct|text|null|null|EUR|text|invoiced|text",
                        "6|openrouter|text|null|null|null|null|null|null"),
                SqlProbe.strings(workspace.file(), """
                        SELECT source_line || '|' || route || '|' || typeof(route) || '|' || ifnull(other_tags, 'null')
                            || '|' || typeof(other_tags) || '|' || ifnull(cost_currency, 'null') || '|'
                            || typeof(cost_currency) || '|' || ifnull(cost_kind, 'null') || '|' || typeof(cost_kind)
                        FROM usage ORDER BY source_line"""));
    }

    @Test
    void rowsRepeatingTheFirstRequestCountAndRowsDifferingFromItStoreTheirOwnCount() throws Exception {
        // The first row without requests sets nothing; the first with 1 makes 1 usual; 40 and 0 differ from it.
        List<UsageRecord> records = List.of(
                row().line(2).tokens(UsageBucket.UNCACHED_INPUT, 10).build(),
                row().line(3).tokens(UsageBucket.REQUESTS, 1).build(),
                row().line(4).tokens(UsageBucket.REQUESTS, 1).build(),
                row().line(5).bucketed(Duration.ofHours(1), 40).build(),
                row().line(6).tokens(UsageBucket.OUTPUT_TEXT, 5).build());

        workspace.importAll(request("usage.csv", 1), records);

        assertEquals(List.of("2|0|integer", "3|1|integer", "4|1|integer", "5|40|integer", "6|0|integer"),
                SqlProbe.strings(workspace.file(), "SELECT source_line || '|' || requests || '|' || typeof(requests)"
                        + " FROM usage ORDER BY source_line"));
    }
}
