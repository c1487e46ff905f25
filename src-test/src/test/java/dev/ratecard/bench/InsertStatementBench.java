package dev.ratecard.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What binding through sqlite-jdbc costs, apart from everything else an import does: a million usage-like rows (a
 * time, four names, a user on every fourth row, a 16-byte key, five counts, a request id: 14 bound values) inserted
 * in one transaction into a fresh file, three ways, alternating, three rounds:
 * <ul>
 *   <li>one row a statement, every value bound, as an import into a workspace with rows does;</li>
 *   <li>sixteen rows a statement, as an import into an empty workspace does ({@code UsageInserter});</li>
 *   <li>one row a statement with the four names written into it as {@code CASE} over one bound code, a dictionary
 *   the import does not use (see {@code docs/benchmarks.md});</li>
 *   <li>sixteen rows a statement with every text bound as UTF-8 bytes and cast back to text in the statement, as
 *   {@code RowShape} does. The bytes are made before the clock starts, as an import makes them on the thread that
 *   reads: what is timed is what the thread that writes still does.</li>
 * </ul>
 * Run: {@code ./mvnw -Pbench -pl src-test -am verify -Dbench=InsertStatementBench} (arguments: rows, rounds).
 */
final class InsertStatementBench implements BenchCommand {
    private static final String ONE_BY_ONE = "one row a statement, 14 values bound";
    private static final String GROUPED = "16 rows a statement, 14 values a row bound";
    private static final String DICTIONARY = "one row a statement, names as CASE over one code";
    private static final String GROUPED_BYTES = "16 rows a statement, text bound as UTF-8 bytes";
    private static final String[] MODELS = {"openai/gpt-4o", "anthropic/claude-sonnet-4", "deepseek/deepseek-chat-v3-0324",
            "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct"};
    private static final String[] HOSTS = {"OpenAI", "Anthropic", "Novita", "Google AI Studio", "DeepInfra"};
    private static final String[] KEYS = {"prod-key-0", "prod-key-1", "prod-key-2"};
    private static final String[] APPS = {"Example App, Inc.", "batch-jobs"};
    private static final String COLUMNS = "batch_id, start_ms, model, route, dedup_key, source_line, provider, tag_user,"
            + " tag_api_key, tag_app, uncached_input, cache_read, output_text, reasoning, requests, cost_nanos, natural_key";
    private static final String TABLE = """
            CREATE TABLE usage (id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL, start_ms INTEGER NOT NULL, provider TEXT,
                model TEXT NOT NULL, route TEXT NOT NULL, tag_user TEXT, tag_api_key TEXT, tag_app TEXT,
                uncached_input INTEGER NOT NULL DEFAULT 0 CHECK (uncached_input >= 0),
                cache_read INTEGER NOT NULL DEFAULT 0 CHECK (cache_read >= 0),
                output_text INTEGER NOT NULL DEFAULT 0 CHECK (output_text >= 0),
                reasoning INTEGER NOT NULL DEFAULT 0 CHECK (reasoning >= 0), requests INTEGER NOT NULL DEFAULT 0,
                cost_nanos INTEGER, natural_key TEXT, dedup_key BLOB NOT NULL, source_line INTEGER NOT NULL)""";

    @Override
    public String name() {
        return "InsertStatementBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        int rows = Bench.argument(args, 0, 1_000_000);
        int rounds = Bench.argument(args, 1, 3);
        String[] requestIds = new String[rows];
        byte[][] keys = new byte[rows][16];
        Random random = new Random(1);
        for (int i = 0; i < rows; i++) {
            requestIds[i] = "gen-" + (1_772_323_200L + i * 7L) + "-" + String.format(Locale.ROOT, "%020d", i);
            random.nextBytes(keys[i]);
        }
        Path folder = Files.createTempDirectory("ratecard-insert-bench");
        try {
            Timings timings = new Timings();
            for (int round = 0; round < rounds; round++) {
                timings.add(ONE_BY_ONE, insert(folder, rows, 1, Mode.STRINGS, requestIds, keys));
                timings.add(GROUPED, insert(folder, rows, 16, Mode.STRINGS, requestIds, keys));
                timings.add(DICTIONARY, insert(folder, rows, 1, Mode.DICTIONARY, requestIds, keys));
                timings.add(GROUPED_BYTES, insert(folder, rows, 16, Mode.UTF8_BYTES, requestIds, keys));
            }
            timings.print(rows);
            timings.printRatio(GROUPED, ONE_BY_ONE);
            timings.printRatio(DICTIONARY, ONE_BY_ONE);
            timings.printRatio(GROUPED_BYTES, GROUPED);
        } finally {
            Bench.deleteTree(folder);
        }
    }

    /** How the names are given to the driver. */
    private enum Mode { STRINGS, DICTIONARY, UTF8_BYTES }

    /** Inserts the rows into a fresh file, {@code perStatement} to a statement; the nanoseconds the inserts took. */
    private static long insert(Path folder, int rows, int perStatement, Mode mode, String[] requestIds,
                               byte[][] keys) throws Exception {
        Path file = folder.resolve("insert.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute(TABLE);
            }
            connection.setAutoCommit(false);
            Utf8 utf8 = mode == Mode.UTF8_BYTES ? new Utf8(requestIds) : null;
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(sql(perStatement, mode))) {
                int parameter = 0;
                for (int i = 0; i < rows; i++) {
                    parameter = switch (mode) {
                        case STRINGS -> bind(insert, parameter, i, requestIds[i], keys[i]);
                        case DICTIONARY -> bindWithCode(insert, parameter, i, requestIds[i], keys[i]);
                        case UTF8_BYTES -> bindBytes(insert, parameter, i, utf8, keys[i]);
                    };
                    if ((i + 1) % perStatement == 0) {
                        insert.addBatch();
                        parameter = 0;
                    }
                    if ((i + 1) % 4_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            long nanos = System.nanoTime() - start;
            connection.commit();
            return nanos;
        }
    }

    private static String sql(int perStatement, Mode mode) {
        String text = "CAST(? AS TEXT)";
        String row = switch (mode) {
            case DICTIONARY -> "(1, ?2, " + choice(1, 0, MODELS) + ", 'r', ?3, ?4, " + choice(1, 4, HOSTS) + ", ?5, "
                    + choice(1, 8, KEYS) + ", " + choice(1, 12, APPS) + ", ?6, ?7, ?8, ?9, 1, ?10, ?11)";
            case STRINGS -> "(1, ?, ?, 'r', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
            case UTF8_BYTES -> "(1, ?, " + text + ", 'r', ?, ?, " + String.join(", ", Collections.nCopies(4, text))
                    + ", ?, ?, ?, ?, 1, ?, " + text + ")";
        };
        return "INSERT INTO usage (" + COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(perStatement, row));
    }

    /** {@code CASE (?n >> shift) & 15 WHEN 0 THEN 'first' …END}: one of {@code names} by four bits of parameter n. */
    private static String choice(int parameter, int shift, String[] names) {
        StringBuilder sql = new StringBuilder("CASE (?" + parameter + " >> " + shift + ") & 15");
        for (int i = 0; i < names.length; i++) {
            sql.append(" WHEN ").append(i).append(" THEN '").append(names[i].replace("'", "''")).append('\'');
        }
        return sql.append(" END").toString();
    }

    private static int bind(PreparedStatement insert, int after, int i, String requestId, byte[] key) throws SQLException {
        int p = after;
        insert.setLong(++p, 1_772_323_200_000L + i);
        insert.setString(++p, MODELS[i % MODELS.length]);
        insert.setBytes(++p, key);
        insert.setLong(++p, i + 2L);
        insert.setString(++p, HOSTS[i % HOSTS.length]);
        bindUser(insert, ++p, i);
        insert.setString(++p, KEYS[i % KEYS.length]);
        insert.setString(++p, APPS[i % APPS.length]);
        p = bindCounts(insert, p, i);
        insert.setString(++p, requestId);
        return p;
    }

    private static int bindWithCode(PreparedStatement insert, int after, int i, String requestId, byte[] key)
            throws SQLException {
        int p = after;
        insert.setLong(++p, i % MODELS.length | (i % HOSTS.length) << 4 | (i % KEYS.length) << 8 | (i % APPS.length) << 12);
        insert.setLong(++p, 1_772_323_200_000L + i);
        insert.setBytes(++p, key);
        insert.setLong(++p, i + 2L);
        bindUser(insert, ++p, i);
        p = bindCounts(insert, p, i);
        insert.setString(++p, requestId);
        return p;
    }

    private static void bindUser(PreparedStatement insert, int parameter, int i) throws SQLException {
        if (i % 4 == 0) {
            insert.setString(parameter, "user-" + i % 97);
        } else {
            insert.setNull(parameter, Types.VARCHAR);
        }
    }

    /** The five counts and the cost; returns the last parameter bound. */
    private static int bindCounts(PreparedStatement insert, int after, int i) throws SQLException {
        int p = after;
        insert.setLong(++p, 200 + i % 20_000);
        insert.setLong(++p, i % 3);
        insert.setLong(++p, 10 + i % 1_500);
        insert.setLong(++p, i % 5);
        insert.setLong(++p, 1_000_000L + i);
        return p;
    }

    /** The rows' texts as UTF-8, made before the clock starts. */
    private static final class Utf8 {
        final byte[][] models = encode(MODELS);
        final byte[][] hosts = encode(HOSTS);
        final byte[][] keys = encode(KEYS);
        final byte[][] apps = encode(APPS);
        final byte[][] users = new byte[97][];
        final byte[][] requestIds;

        Utf8(String[] requestIds) {
            for (int u = 0; u < users.length; u++) {
                users[u] = ("user-" + u).getBytes(StandardCharsets.UTF_8);
            }
            this.requestIds = encode(requestIds);
        }

        private static byte[][] encode(String[] texts) {
            byte[][] bytes = new byte[texts.length][];
            for (int i = 0; i < texts.length; i++) {
                bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }
    }

    /** As {@link #bind}, every text as its UTF-8 bytes. */
    private static int bindBytes(PreparedStatement insert, int after, int i, Utf8 utf8, byte[] key) throws SQLException {
        int p = after;
        insert.setLong(++p, 1_772_323_200_000L + i);
        insert.setBytes(++p, utf8.models[i % MODELS.length]);
        insert.setBytes(++p, key);
        insert.setLong(++p, i + 2L);
        insert.setBytes(++p, utf8.hosts[i % HOSTS.length]);
        insert.setBytes(++p, i % 4 == 0 ? utf8.users[i % 97] : null);
        insert.setBytes(++p, utf8.keys[i % KEYS.length]);
        insert.setBytes(++p, utf8.apps[i % APPS.length]);
        p = bindCounts(insert, p, i);
        insert.setBytes(++p, utf8.requestIds[i]);
        return p;
    }
}
