package dev.ratecard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes of the {@code usage_row} table, dropped when an import starts on an empty table and built again just
 * before it commits: building an index once over sorted data is much cheaper than keeping it up to date row by
 * row, and for the unique dedup index a random key per row makes that the larger part of an insert. Both
 * happen inside the import's transaction, so a rollback restores them. Into an empty table the rows of one
 * import can only collide with each other, which the session then checks itself ({@link UsageInserter}); a
 * collision it could not see would fail the rebuild and roll the import back, never merge two rows. Into a
 * table with rows every index stays: {@code INSERT OR IGNORE} needs the unique one. Definitions are read from
 * the schema, so a migration that changes an index needs no change here.
 *
 * <p>While the indexes are deferred the import's connection keeps SQLite's default 2 MiB page cache instead of the
 * import's large one, and the rebuild sorts in helper threads. An index build sorts its keys in runs as large as the
 * page cache: a few hundred runs that each fit the processor's cache, merged in parallel, beat one sort of a million
 * keys in a 256 MiB buffer (a million-row import, when the table still had three indexes: 0.8 s for their builds
 * against 1.3 s, 6.5–6.8 s in all against 6.9–7.3 s; {@code docs/benchmarks.md}). The large cache stays for imports
 * into a table with rows, where every index is kept up to date row by row and its pages are best kept in memory.
 */
final class DeferredIndexes {
    private static final String USAGE_INDEXES = """
            SELECT s.name, s.sql FROM pragma_index_list('usage_row') AS i JOIN sqlite_schema AS s ON s.name = i.name
            WHERE i.origin = 'c' ORDER BY i."unique", s.name""";

    /** SQLite's default page cache: see the class comment for why the deferred import goes back to it. */
    private static final int DEFERRED_CACHE_KIB = 2_000;
    private static final int SORT_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Leaves every index as it is: for a dry run, which counts rather than inserts into an empty table. */
    static DeferredIndexes none() {
        return new DeferredIndexes(List.of());
    }

    /** Drops the indexes if {@code usage} holds no rows; otherwise leaves them and defers nothing. */
    static DeferredIndexes dropIfEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!isEmpty(statement)) {
                return new DeferredIndexes(List.of());
            }
            List<String> names = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(USAGE_INDEXES)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
            statement.execute("PRAGMA cache_size = -" + DEFERRED_CACHE_KIB);
            return new DeferredIndexes(List.copyOf(definitions));
        }
    }

    /** True when the indexes were dropped: the table was empty and the import must see to its own duplicates. */
    boolean deferred() {
        return !definitions.isEmpty();
    }

    void rebuild(Connection connection) throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA threads = " + SORT_THREADS);
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    /** Whether no usage row is stored at all. */
    static boolean usageIsEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return isEmpty(statement);
        }
    }

    private static boolean isEmpty(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM usage_row)")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
