package dev.ratecard.bench;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.store.ImportRequest;
import dev.ratecard.store.ImportSession;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.WorkspaceDatabase;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The store's insert path against two baselines in the same run, on the same rows and the same table
 * definition: the {@code sqlite3} shell's {@code .import} of an equivalent CSV (the practical ceiling), and
 * a bare JDBC batch insert without dedup keys or indexes. Also times streaming the rows back.
 *
 * Run with a JDK 21 or newer (the one {@code ./mvnw} finds), ideally on an otherwise idle machine:
 * <pre>
 * ./mvnw -q -pl src-test -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx256m --enable-native-access=ALL-UNNAMED -cp src-test/target/test-classes:$(cat src-test/target/classpath.txt) \
 *     dev.ratecard.bench.StoreImportBench [rows, default 1000000] [rounds, default 3]
 * </pre>
 */
public final class StoreImportBench {
    private final int rows;
    private final Path folder;
    private final String usageTable;

    private StoreImportBench(int rows, Path folder) throws SQLException {
        this.rows = rows;
        this.folder = folder;
        Path probe = folder.resolve("schema.db");
        WorkspaceDatabase.open(probe).close();
        // The rows as the view usage shows them, names as text: what the baselines load, as a plain table.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + probe);
             ResultSet columns = connection.createStatement().executeQuery(
                     "SELECT group_concat(name || ' ' || type, ', ') FROM pragma_table_info('usage')")) {
            columns.next();
            this.usageTable = "CREATE TABLE usage (" + columns.getString(1) + ")";
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("ratecard-bench");
        try {
            new StoreImportBench(rows, folder).run(rounds);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void run(int rounds) throws Exception {
        Path csv = writeCsv();
        boolean shell = hasSqliteShell();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            if (shell) {
                time(seconds, "sqlite3 .import (baseline)", () -> shellImport(csv));
            }
            time(seconds, "bare JDBC batch insert (baseline)", this::bareInsert);
            time(seconds, "ImportSession, natural keys", () -> storeImport(true));
            time(seconds, "ImportSession, content keys", () -> storeImport(false));
        }
        System.out.printf("%,d rows, %d rounds, java %s, heap max %d MiB%n", rows, rounds,
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        seconds.forEach((name, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf("%-36s best %6.2f s  median %6.2f s  %,10.0f rows/s (best)%n", name, sorted.get(0),
                    sorted.get(sorted.size() / 2), rows / sorted.get(0));
        });
        streamBack();
    }

    private long storeImport(boolean naturalKeys) throws Exception {
        Path file = fresh("store.db");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(file)) {
            long start = System.nanoTime();
            ImportRequest request = ImportRequest.of("synthetic.csv", "%064x".formatted(System.nanoTime()), "synthetic",
                    ZoneOffset.UTC);
            try (ImportSession session = database.beginImport(request, Progress.NONE)) {
                new SyntheticUsage(rows, naturalKeys).forEachRemaining(session::add);
                session.commit();
            }
            return System.nanoTime() - start;
        }
    }

    private long bareInsert() throws Exception {
        Path file = fresh("bare.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            prepareBare(connection);
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            List<String> columns = columnsOf(connection);
            String insert = "INSERT INTO usage (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                SyntheticUsage usage = new SyntheticUsage(rows, true);
                for (int i = 1; usage.hasNext(); i++) {
                    List<String> values = CsvRow.of(usage.next());
                    for (int c = 0; c < values.size(); c++) {
                        statement.setString(c + 1, values.get(c));
                    }
                    statement.addBatch();
                    if (i % 4_000 == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
            return System.nanoTime() - start;
        }
    }

    private long shellImport(Path csv) throws Exception {
        Path file = fresh("shell.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            prepareBare(connection);
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder("sqlite3", file.toString(), ".import --csv --skip 1 " + csv + " usage")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 || !output.isBlank()) {
            throw new IllegalStateException("sqlite3 .import failed: " + output);
        }
        return System.nanoTime() - start;
    }

    private void streamBack() throws Exception {
        Path file = fresh("stream.db");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(file)) {
            try (ImportSession session = database.beginImport(ImportRequest.of("synthetic.csv", "ab".repeat(32),
                    "synthetic", ZoneOffset.UTC), Progress.NONE)) {
                new SyntheticUsage(rows, true).forEachRemaining(session::add);
                session.commit();
            }
            long start = System.nanoTime();
            long tokens;
            try (Stream<UsageRecord> stored = database.usage().stream(UsageFilter.ALL)) {
                tokens = stored.mapToLong(r -> r.counts().totalTokens()).sum();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-36s %6.2f s  %,10.0f rows/s  (%,d tokens)%n", "stream back as UsageRecords", s, rows / s, tokens);
        }
    }

    /** One timed variant: does its own setup and returns the nanoseconds of the part that counts. */
    private interface Variant {
        long nanos() throws Exception;
    }

    private static void time(Map<String, List<Double>> seconds, String name, Variant variant) throws Exception {
        seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(variant.nanos() / 1e9);
    }

    /** The store's usage rows with their names as text, without indexes or foreign key, in WAL like the store. */
    private void prepareBare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE import_batch (id INTEGER PRIMARY KEY)");
            statement.execute(usageTable);
        }
    }

    private static List<String> columnsOf(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM pragma_table_info('usage')")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private Path writeCsv() throws IOException {
        Path csv = folder.resolve("usage.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("header\n");
            SyntheticUsage usage = new SyntheticUsage(rows, true);
            while (usage.hasNext()) {
                out.write(String.join(",", CsvRow.of(usage.next())));
                out.write('\n');
            }
        }
        return csv;
    }

    private Path fresh(String name) throws IOException {
        Path file = folder.resolve(name);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(name + suffix));
        }
        return file;
    }

    private static boolean hasSqliteShell() {
        try {
            return new ProcessBuilder("sqlite3", "-version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A synthetic record as the baselines store it: the same values the store would bind, as text. */
    private static final class CsvRow {
        static List<String> of(UsageRecord r) {
            // The line doubles as the row id: the shell's .import needs a value for every column.
            List<String> values = new ArrayList<>(List.of(Long.toString(r.source().line()), "1", Long.toString(r.start().toEpochMilli()), "0",
                    r.provider(), r.model(), r.route(), "0", "", ""));
            for (String tag : List.of("project", "api_key", "user", "team", "app")) {
                values.add(r.tags().getOrDefault(tag, ""));
            }
            values.add("{}");
            for (var bucket : dev.ratecard.importers.model.UsageBucket.all()) {
                values.add(Long.toString(r.counts().get(bucket)));
            }
            values.add(r.reportedCost().amount().movePointRight(9).toPlainString());
            values.addAll(List.of("USD", "invoiced", r.naturalKey(), HexFormat.of().toHexDigits(r.source().line()),
                    Long.toString(r.source().line()), ""));
            return values;
        }
    }
}
