package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java side and the schema agree: a new usage bucket or a renamed column needs a migration. */
class SchemaContractTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void everyBucketHasAColumnInUsageAndInTheBatchTotals() throws Exception {
        List<String> usage = SqlProbe.columns(workspace.file(), "usage");
        List<String> batch = SqlProbe.columns(workspace.file(), "import_batch");

        for (UsageBucket bucket : UsageBucket.all()) {
            assertTrue(usage.contains(bucket.key()), "usage." + bucket.key());
            assertTrue(batch.contains(bucket.key()), "import_batch." + bucket.key());
        }
    }

    @Test
    void everyColumnTheInsertBindsExists() throws Exception {
        List<String> usage = SqlProbe.columns(workspace.file(), "usage_row");

        for (String column : UsageColumns.INSERTED) {
            assertTrue(usage.contains(column), "usage_row." + column);
        }
    }

    /**
     * SQLite keeps a statement journal (a copy of every page a statement touches) for each INSERT of several rows whose
     * program could stop halfway: a CHECK that calls a function (1.65 GB of copies for a million-row import under
     * schema version 2), or a constraint whose failure aborts the statement ({@code Halt} with P2 = 2, OE_Abort) rather
     * than skipping the row as {@code OR IGNORE} does. The import's statement must have neither.
     */
    @Test
    void theImportsInsertOfSixteenRowsHasNothingThatCouldStopItHalfway() throws Exception {
        UsageRow first = UsageRow.of(row().route("openrouter").tag("env", "prod").tag("app", "Example App")
                .tag("api_key", "prod-key").tag("project", "search").tag("team", "growth").cost("0.0015", "USD")
                .input(1_000, 0).build());
        // The first combination of names written in, too.
        long everyColumnAndUsualValue = RowShape.FULL | RowShape.of(first, new UsualValues(), new NameLiterals())
                | 1L << RowShape.NAMES_SHIFT;
        String insert = RowShape.insert(everyColumnAndUsualValue, 1, first, UsageInserter.ROWS_PER_STATEMENT, UsageNames.none());

        List<String> program = program("EXPLAIN " + insert);

        assertTrue(program.stream().anyMatch(op -> op.startsWith("Insert ")), "the program inserts");
        assertEquals(List.of(), program.stream()
                .filter(op -> op.startsWith("Function ") || op.startsWith("PureFunc ") || op.equals("Halt p2=2")).toList());
    }

    @Test
    void otherTagsMustBeTheTextOfAJsonObject() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.file());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO import_batch (file_name, sha256, format, source_kind, time_zone, created_at_ms)"
                    + " VALUES ('a.csv', '" + TestRecords.sha(1) + "', 'x', 'x', 'UTC', 0)");
            String insert = "INSERT INTO usage_row (batch_id, start_ms, model_id, route_id, dedup_key, source_line, other_tags)"
                    + " VALUES (1, 0, 1, 2, randomblob(16), 1, %s)";

            statement.execute(insert.formatted("'{\"env\":\"prod\"}'"));
            statement.execute(insert.formatted("NULL"));
            for (String notAnObject : List.of("'[\"prod\"]'", "'prod'", "''", "x'7b7d'")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(insert.formatted(notAnObject)),
                        notAnObject);
                assertTrue(refused.getMessage().contains("CHECK constraint failed"), refused.getMessage());
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM usage")) {
                assertEquals(2, count.getInt(1));
            }
        }
    }

    /** Each instruction of the program as its opcode and P2, e.g. {@code "Halt p2=2"}. */
    private List<String> program(String explain) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.file());
             Statement statement = connection.createStatement();
             ResultSet program = statement.executeQuery(explain)) {
            List<String> instructions = new ArrayList<>();
            while (program.next()) {
                instructions.add(program.getString("opcode") + " p2=" + program.getInt("p2"));
            }
            return instructions;
        }
    }
}
