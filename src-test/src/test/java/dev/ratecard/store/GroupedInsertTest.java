package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Into an empty workspace every row goes in, so rows of one shape are inserted {@link UsageInserter#ROWS_PER_STATEMENT}
 * to a statement; into a workspace with rows each goes in on its own, so that the dedup index can turn one away. Both
 * must store exactly the same values and count the same totals.
 */
class GroupedInsertTest {
    @RegisterExtension
    final TempWorkspace empty = new TempWorkspace();
    @RegisterExtension
    final TempWorkspace withRows = new TempWorkspace();

    /** Every column a row of this import sets, in file order; not the id, which depends on the order of inserts. */
    private static final String STORED = """
            SELECT source_line || '|' || start_ms || '|' || ifnull(provider, '-') || '|' || model || '|' || route
                || '|' || ifnull(tag_project, '-') || '|' || ifnull(tag_user, '-') || '|' || ifnull(other_tags, '-')
                || '|' || uncached_input || '|' || cache_read || '|' || output_text || '|' || requests
                || '|' || ifnull(cost_nanos, '-') || '|' || ifnull(cost_currency, '-') || '|' || ifnull(natural_key, '-')
                || '|' || hex(dedup_key)
            FROM usage WHERE batch_id = (SELECT max(id) FROM import_batch) ORDER BY source_line""";

    @Test
    void rowsGoingInSixteenToAStatementStoreWhatRowsGoingInOneByOneStore() throws Exception {
        // Shapes interleaved as in a real export: 38 plain rows (two full statements of 16 and 6 left over), 20 with
        // a provider, a tag and a cost (every third line: one full statement, 4 left over), 2 with a natural key and
        // cache reads (lines 59 and 61).
        List<UsageRecord> records = new ArrayList<>();
        for (int line = 2; line < 62; line++) {
            int kind = line % 3 == 0 ? 1 : line > 58 ? 2 : 0;
            var record = row().line(line).at("2025-03-01T%02d:00:00Z".formatted(line % 24)).input(100L * line, line);
            if (kind == 1) {
                record.provider("OpenAI").tag("project", "p-" + line % 4).cost("0.00" + line, "USD");
            } else if (kind == 2) {
                record.id("req-" + line).tokens(UsageBucket.CACHE_READ, 7L * line);
            }
            records.add(record.build());
        }
        withRows.importAll(request("earlier.csv", 1), List.of(row().line(2).at("2024-01-01T00:00:00Z").input(1, 1).build()));

        ImportOutcome grouped = empty.importAll(request("usage.csv", 2), records);
        ImportOutcome oneByOne = withRows.importAll(request("usage.csv", 2), records);

        List<String> stored = SqlProbe.strings(empty.file(), STORED);
        assertEquals(60, stored.size());
        assertEquals(SqlProbe.strings(withRows.file(), STORED), stored);
        assertEquals(oneByOne.batch().counts(), grouped.batch().counts());
        assertEquals(oneByOne.batch().inserted(), grouped.batch().inserted());
        // Uncached input 100 × (2 + 3 + … + 61) = 100 × 1,890 = 189,000; output 1,890.
        assertEquals(189_000, grouped.batch().inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(1_890, grouped.batch().inserted().totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(new ImportCounts(60, 60, 0, 0), grouped.batch().counts());
    }
}
