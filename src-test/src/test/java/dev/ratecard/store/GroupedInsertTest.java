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
                || '|' || ifnull(region, '-') || '|' || is_batch
                || '|' || ifnull(tag_project, '-') || '|' || ifnull(tag_user, '-') || '|' || ifnull(other_tags, '-')
                || '|' || uncached_input || '|' || cache_read || '|' || output_text || '|' || reasoning || '|' || requests
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
        ImportOutcome grouped = importIntoBoth(records);

        List<String> stored = SqlProbe.strings(empty.file(), STORED);
        assertEquals(60, stored.size());
        // Uncached input 100 × (2 + 3 + … + 61) = 100 × 1,890 = 189,000; output 1,890.
        assertEquals(189_000, grouped.batch().inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(1_890, grouped.batch().inserted().totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(new ImportCounts(60, 60, 0, 0), grouped.batch().counts());
    }

    @Test
    void rowsOfMoreShapesThanTheInserterKeepsStatementsForStoreTheirOwnValuesThroughTheFullStatement() throws Exception {
        // Line n sets the optional columns of the bits of n - 2: a request id, a region, batch pricing, a project tag, a
        // user tag, cache reads and reasoning, a cost: 2^8 = 256 shapes over 256 lines, past the 64 statements an
        // import keeps, so rows of the later shapes share the statement of every column and bind all of it.
        List<UsageRecord> records = new ArrayList<>();
        for (int line = 2; line < 258; line++) {
            int bits = line - 2;
            var record = row().line(line).at("2025-03-01T%02d:00:00Z".formatted(line % 24)).input(10L * line, line);
            if ((bits & 1) != 0) {
                record.id("req-" + line);
            }
            if ((bits & 2) != 0) {
                record.region("eu-west-1");
            }
            if ((bits & 4) != 0) {
                record.batch();
            }
            if ((bits & 8) != 0) {
                record.tag("project", "p-" + line % 5);
            }
            if ((bits & 16) != 0) {
                record.tag("user", "u-" + line % 3);
            }
            if ((bits & 32) != 0) {
                record.tokens(UsageBucket.CACHE_READ, 3L * line);
            }
            if ((bits & 64) != 0) {
                record.tokens(UsageBucket.REASONING, 2L * line);
            }
            if ((bits & 128) != 0) {
                record.cost("0.0" + line, "USD");
            }
            records.add(record.build());
        }
        ImportOutcome grouped = importIntoBoth(records);

        List<String> stored = SqlProbe.strings(empty.file(), STORED);
        assertEquals(256, stored.size());
        // The last line, 257, sets every optional column (bits 255); its dedup key, a hash, is left out. 17:00 UTC on
        // 1 March 2025 is 1,740,787,200 s + 17 × 3,600 s; input 10 × 257, output 257, cache reads 3 × 257, reasoning
        // 2 × 257; $0.0257 is 25,700,000 nano-dollars; project p-(257 mod 5), user u-(257 mod 3).
        String last = stored.get(255);
        assertEquals("257|1740848400000|openai|gpt-4o|direct|eu-west-1|1|p-2|u-2|-|2570|771|257|514|1|25700000|USD|req-257",
                last.substring(0, last.lastIndexOf('|')));
        // Every line, worked out from its bits the same way: 00:00 UTC on 1 March 2025 is 1,740,787,200,000 ms; a cost
        // is set from line 130 on (bit 128), so "0.0" + line is line × 100,000 nano-dollars.
        List<String> expected = new ArrayList<>();
        for (int line = 2; line < 258; line++) {
            int bits = line - 2;
            expected.add(String.join("|", String.valueOf(line), String.valueOf(1_740_787_200_000L + line % 24 * 3_600_000L),
                    "openai", "gpt-4o", "direct", (bits & 2) != 0 ? "eu-west-1" : "-",
                    (bits & 4) != 0 ? "1" : "0", (bits & 8) != 0 ? "p-" + line % 5 : "-", (bits & 16) != 0 ? "u-" + line % 3 : "-",
                    "-", String.valueOf(10L * line), String.valueOf((bits & 32) != 0 ? 3L * line : 0), String.valueOf(line),
                    String.valueOf((bits & 64) != 0 ? 2L * line : 0), "1",
                    (bits & 128) != 0 ? String.valueOf(100_000L * line) : "-", (bits & 128) != 0 ? "USD" : "-",
                    (bits & 1) != 0 ? "req-" + line : "-"));
        }
        assertEquals(expected, stored.stream().map(row -> row.substring(0, row.lastIndexOf('|'))).toList());
        // Uncached input 10 × (2 + … + 257) = 10 × (259 × 128) = 10 × 33,152 = 331,520.
        assertEquals(331_520, grouped.batch().inserted().totals().get(UsageBucket.UNCACHED_INPUT));
    }

    /**
     * Imports the records into the empty workspace and into the one with a row, checks that both stored the same
     * values and counted the same, and returns the empty workspace's outcome.
     */
    private ImportOutcome importIntoBoth(List<UsageRecord> records) throws Exception {
        withRows.importAll(request("earlier.csv", 1), List.of(row().line(2).at("2024-01-01T00:00:00Z").input(1, 1).build()));
        ImportOutcome grouped = empty.importAll(request("usage.csv", 2), records);
        ImportOutcome oneByOne = withRows.importAll(request("usage.csv", 2), records);
        assertEquals(SqlProbe.strings(withRows.file(), STORED), SqlProbe.strings(empty.file(), STORED));
        assertEquals(oneByOne.batch().counts(), grouped.batch().counts());
        assertEquals(oneByOne.batch().inserted(), grouped.batch().inserted());
        return grouped;
    }
}
