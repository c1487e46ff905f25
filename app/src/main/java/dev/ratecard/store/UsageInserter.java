package dev.ratecard.store;

import dev.ratecard.importers.Progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import's rows with {@code INSERT OR IGNORE}, one prepared statement per {@link RowShape}, in chunks of
 * {@link #CHUNK} rows per {@code executeBatch} round. Each statement's update counts tell which rows went in (1)
 * and which the dedup index turned away (0), so the batch's totals cover exactly the inserted rows without
 * asking the database for generated keys or reading anything back. Within a chunk, rows of one shape go in
 * together, so the stored order can differ from the file's inside a chunk; nothing depends on it. Cancel is
 * checked once per chunk.
 *
 * <p>While the dedup index is deferred ({@link DeferredIndexes}: the table was empty) nothing in the database can
 * turn a row away, so the inserter drops a natural key it has already inserted itself, as the index would have.
 * Rows without a natural key cannot repeat: their key carries the row's occurrence number. Every row that reaches a
 * statement then goes in, so rows of one shape go in {@link #ROWS_PER_STATEMENT} to a statement: per row, the
 * driver's calls to run, reset and count a statement are what cost most after binding the values, and a million rows
 * go in in about a tenth less time ({@code InsertStatementBench}, {@code docs/benchmarks.md}). A statement's update
 * count must then be its number of rows, or the import fails.
 *
 * <p>For the same reason, a dry run into an empty table knows what each insert would do without doing it: the
 * inserter then only counts, and writes nothing.
 */
final class UsageInserter implements AutoCloseable {
    static final int CHUNK = 4_000;
    /** Rows per statement while every row goes in; the rows of a shape left over in a chunk go in one by one. */
    static final int ROWS_PER_STATEMENT = 16;
    /**
     * A file of ever new shapes gains nothing from more statements: past this, rows take the full one. Shapes with
     * names written in ({@link NameLiterals}) are bounded there, and do not count here.
     */
    private static final int MAX_SHAPES = 64;

    private final class Shape {
        final long columns;
        final PreparedStatement insert;
        /** {@link #ROWS_PER_STATEMENT} rows at a time; prepared when first needed. */
        private PreparedStatement group;
        final List<PreparedUsage> pending = new ArrayList<>();

        Shape(long columns, PreparedStatement insert) {
            this.columns = columns;
            this.insert = insert;
        }

        PreparedStatement group() throws SQLException {
            if (group == null) {
                group = connection.prepareStatement(RowShape.insert(columns, batchId, pending.get(0).row, ROWS_PER_STATEMENT,
                        names));
            }
            return group;
        }

        void close() throws SQLException {
            insert.close();
            if (group != null) {
                group.close();
            }
        }
    }

    private final Connection connection;
    private final long batchId;
    private final Progress progress;
    private final UsageNames names;
    private final Map<Long, Shape> shapes = new LinkedHashMap<>();
    /** Each statement once, in the order made: shapes past the limit share the full one in {@link #shapes}. */
    private final List<Shape> statements = new ArrayList<>();
    /** Statements of shapes whose names are bound, the full one included; see {@link #MAX_SHAPES}. */
    private int shapesWithBoundNames;
    private final UsageTally inserted = new UsageTally();
    /**
     * Whether {@link #inserted} is added up as rows are prepared ({@link #prepared}) rather than as they go in: every
     * row offered then goes in, and the preparing thread has the row in its cache, where the writing thread would
     * fetch each row's counts from memory again (about a tenth of its work on a million rows).
     */
    private boolean tallyWhenPrepared;
    /**
     * The natural keys inserted so far while the dedup index is deferred or the table empty, else {@code null}; also
     * {@code null} when the caller vouches that its rows' natural keys are distinct.
     */
    private OccurrenceCounter naturalKeys;
    /** Whether every row offered to a statement goes in: the dedup index is deferred. */
    private final boolean everyRowGoesIn;
    /** Whether rows are only counted: a dry run into an empty table. */
    private final boolean countOnly;
    private long preparedRows;
    private long offered;
    private long duplicates;
    private int pending;

    /**
     * @param names              the ids of the names the rows store, which new names get before the rows go in
     * @param dedupIndexDeferred whether the table's dedup index is dropped for this import
     */
    UsageInserter(Connection connection, long batchId, Progress progress, UsageNames names, boolean dedupIndexDeferred) {
        this(connection, batchId, progress, names, dedupIndexDeferred, false);
    }

    private UsageInserter(Connection connection, long batchId, Progress progress, UsageNames names,
                          boolean dedupIndexDeferred, boolean countOnly) {
        this.connection = connection;
        this.batchId = batchId;
        this.progress = progress;
        this.names = names;
        this.naturalKeys = dedupIndexDeferred ? new OccurrenceCounter() : null;
        this.everyRowGoesIn = dedupIndexDeferred;
        this.countOnly = countOnly;
    }

    /** For a dry run into an empty table: counts what inserting would store, and writes no row. */
    static UsageInserter countingIntoEmptyTable(Connection connection, long batchId, Progress progress, UsageNames names) {
        return new UsageInserter(connection, batchId, progress, names, true, true);
    }

    /** Whether rows are inserted, not only counted (as in a dry run into an empty table). */
    boolean inserts() {
        return !countOnly;
    }

    /** The rows' natural keys are known to be distinct: none needs checking against those before it. */
    void naturalKeysAreDistinct() {
        if (offered > 0 || preparedRows > 0) {
            throw new IllegalStateException("rows were already prepared or added");
        }
        naturalKeys = null;
        tallyWhenPrepared = everyRowGoesIn;
    }

    /**
     * Takes note of a row about to be offered, on the thread that prepares rows, before {@link #add}. Rows must be
     * offered in the order they were prepared, and all of them; the tally is read once the writing thread is done.
     */
    void prepared(UsageRow row) {
        preparedRows++;
        if (tallyWhenPrepared) {
            inserted.add(row);
        }
    }

    void add(PreparedUsage usage) throws SQLException {
        if (naturalKeys != null && usage.row.naturalKey() != null && naturalKeys.next(usage.dedupKey) > 0) {
            offered++;
            duplicates++;
            return;
        }
        if (countOnly) {
            tally(usage.row);
        } else {
            shapeFor(usage.shape, usage.row).pending.add(usage);
        }
        offered++;
        if (++pending == CHUNK) {
            flush();
        }
    }

    private Shape shapeFor(long columns, UsageRow row) throws SQLException {
        Shape shape = shapes.get(columns);
        if (shape == null) {
            long statement = RowShape.hasNames(columns) || shapesWithBoundNames < MAX_SHAPES ? columns : RowShape.FULL;
            shape = shapes.get(statement);
            if (shape == null) {
                shape = new Shape(statement, connection.prepareStatement(RowShape.insert(statement, batchId, row, 1, names)));
                shapes.put(statement, shape);
                statements.add(shape);
                if (!RowShape.hasNames(statement)) {
                    shapesWithBoundNames++;
                }
            }
            if (statement != columns) {
                shapes.put(columns, shape);
            }
        }
        return shape;
    }

    void flush() throws SQLException {
        progress.checkCancelled();
        for (Shape shape : statements) {
            if (shape.pending.isEmpty()) {
                continue;
            }
            int grouped = everyRowGoesIn ? shape.pending.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT : 0;
            if (grouped > 0) {
                insertInGroups(shape, grouped);
            }
            insertOneByOne(shape, grouped);
            shape.pending.clear();
        }
        pending = 0;
        // Names met in this chunk, by the thread that prepared its rows or in its statements.
        names.insertNew(connection);
    }

    /** Inserts the shape's first {@code count} pending rows, a multiple of {@link #ROWS_PER_STATEMENT}. */
    private void insertInGroups(Shape shape, int count) throws SQLException {
        PreparedStatement group = shape.group();
        for (int first = 0; first < count; first += ROWS_PER_STATEMENT) {
            int parameter = 0;
            for (int i = first; i < first + ROWS_PER_STATEMENT; i++) {
                PreparedUsage usage = shape.pending.get(i);
                parameter = bind(group, parameter, shape, usage);
            }
            group.addBatch();
        }
        int[] changed = group.executeBatch();
        for (int g = 0; g < changed.length; g++) {
            if (changed[g] != ROWS_PER_STATEMENT) {
                throw new SQLException(changed[g] + " of " + ROWS_PER_STATEMENT + " rows went in, though nothing could"
                        + " turn one away");
            }
        }
        for (int i = 0; i < count; i++) {
            tally(shape.pending.get(i).row);
        }
    }

    /** Inserts the shape's pending rows from {@code from} on, one statement each, and counts which went in. */
    private void insertOneByOne(Shape shape, int from) throws SQLException {
        if (from == shape.pending.size()) {
            return;
        }
        for (int i = from; i < shape.pending.size(); i++) {
            PreparedUsage usage = shape.pending.get(i);
            bind(shape.insert, 0, shape, usage);
            shape.insert.addBatch();
        }
        int[] changed = shape.insert.executeBatch();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 1) {
                tally(shape.pending.get(from + i).row);
            } else if (changed[i] == 0) {
                if (everyRowGoesIn) {
                    throw new SQLException("row " + i + " of a chunk did not go in, though nothing could turn one away");
                }
                duplicates++;
            } else {
                throw new SQLException("the driver did not say whether row " + i + " of a chunk was inserted: " + changed[i]);
            }
        }
    }

    private void tally(UsageRow row) {
        if (!tallyWhenPrepared) {
            inserted.add(row);
        }
    }

    /** Binds the row's values, made ahead unless the row shares a statement of more columns than its own. */
    private int bind(PreparedStatement insert, int after, Shape shape, PreparedUsage usage) throws SQLException {
        return shape.columns == usage.shape ? RowShape.bind(insert, after, usage.values)
                : RowShape.bind(insert, after, shape.columns, usage.row, usage.dedupKey, names);
    }

    long offered() {
        return offered;
    }

    long duplicates() {
        return duplicates;
    }

    UsageTally inserted() {
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        for (Shape shape : statements) {
            shape.close();
        }
    }
}
