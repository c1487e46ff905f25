package dev.ratecard.store;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One import, all or nothing. The session runs in a single transaction on its own connection, from the
 * batch row written at the start, through every record and issue, to {@link #commit()}; until then no
 * other connection sees any of it, and nothing is written outside the database file and its WAL. If the
 * reader fails, the user cancels, a record cannot be stored, or the process dies, the transaction rolls
 * back and the workspace is exactly as it was. {@link #dryRun()} does the same work and rolls it back on
 * purpose, to tell the preview what would be inserted and skipped. A session begun as a dry run
 * ({@link WorkspaceDatabase#beginDryRun}) can only end so; into an empty workspace it then inserts no row at all,
 * since nothing there could turn one away, and only counts.
 *
 * <pre>{@code
 * try (ImportSession session = database.beginImport(request, progress)) {
 *     reader.read(file, session::add, session::addIssue);
 *     return session.commit();
 * }   // closing without commit rolls back
 * }</pre>
 *
 * Not thread-safe: one reader feeds one session. The one split allowed is {@link #prepare} on the reading thread
 * and everything else on one writing thread, handing prepared records over in order.
 */
public final class ImportSession implements AutoCloseable {
    private enum State { OPEN, COMMITTED, ROLLED_BACK }

    private final Connection connection;
    private final Path database;
    private final ImportRequest request;
    private final Instant createdAt;
    private final BatchRepository batches;
    private final long batchId;
    private final DeferredIndexes deferredIndexes;
    private final DedupKeys keys;
    private final TagsJsonCache tagsJson = new TagsJsonCache();
    private final UsualValues usualValues = new UsualValues();
    private final NameLiterals nameLiterals = new NameLiterals();
    private final UsageNames names;
    /** Where {@link #prepare} lists a row's values; on the reading thread only. */
    private final Object[] valuesScratch = new Object[RowShape.MAX_VALUES];
    private final UsageInserter rows;
    private final IssueWriter issues;
    /** Read by {@link #prepare} on the reading thread while the writing thread may end the session. */
    private volatile State state = State.OPEN;

    /** Whether {@link #commit()} is refused: the session was begun as a dry run. */
    private final boolean dryRunOnly;

    private ImportSession(Connection connection, Path database, ImportRequest request, Instant createdAt,
                          Progress progress, boolean dryRunOnly) throws SQLException {
        this.connection = connection;
        this.database = database;
        this.request = request;
        this.createdAt = createdAt;
        this.batches = new BatchRepository(new Jdbc(connection, database));
        connection.setAutoCommit(false);
        var existing = batches.findBySha256(request.sha256());
        if (existing.isPresent()) {
            throw new AlreadyImportedException(request.fileName(), existing.get());
        }
        this.batchId = batches.create(request, createdAt);
        // After the batch row: the transaction now holds the write lock, so no other import can add a name meanwhile.
        this.names = UsageNames.load(connection);
        this.dryRunOnly = dryRunOnly;
        this.keys = new DedupKeys(request.sourceKind());
        if (dryRunOnly && DeferredIndexes.usageIsEmpty(connection)) {
            this.deferredIndexes = DeferredIndexes.none();
            this.rows = UsageInserter.countingIntoEmptyTable(connection, batchId, progress, names);
        } else {
            this.deferredIndexes = DeferredIndexes.dropIfEmpty(connection);
            this.rows = new UsageInserter(connection, batchId, progress, names, deferredIndexes.deferred());
        }
        this.issues = new IssueWriter(connection, batchId);
    }

    /**
     * Starts an import on {@code connection}, which the session owns and closes.
     *
     * @throws AlreadyImportedException if a batch with the same SHA-256 exists; nothing was written
     */
    static ImportSession begin(Connection connection, Path database, ImportRequest request, Instant createdAt,
                               Progress progress) {
        return begin(connection, database, request, createdAt, progress, false);
    }

    /** As {@link #begin}, for a session that can only end with {@link #dryRun()} (or be closed). */
    static ImportSession beginDryRun(Connection connection, Path database, ImportRequest request, Instant createdAt,
                                     Progress progress) {
        return begin(connection, database, request, createdAt, progress, true);
    }

    private static ImportSession begin(Connection connection, Path database, ImportRequest request, Instant createdAt,
                                       Progress progress, boolean dryRunOnly) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        try {
            return new ImportSession(connection, database, request, createdAt, progress, dryRunOnly);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof StoreException store ? store : failure(database, request, e);
        }
    }

    /** The id the batch has (or, in a dry run, would have). */
    public long batchId() {
        return batchId;
    }

    /**
     * The caller's word that the records it adds carry distinct natural keys, as those of one read do (see
     * {@code UsageSink}), so that the session need not track the keys a second time; call it before adding any.
     * Should a key repeat anyway, the import fails when the dedup index is rebuilt, and rolls back: a row is never
     * stored twice. (A dry run into an empty workspace would count the repeat as new.)
     *
     * @throws IllegalStateException if records were already prepared or added
     */
    public void naturalKeysAreDistinct() {
        requireOpen();
        rows.naturalKeysAreDistinct();
    }

    /** Stores a record, unless the workspace already holds it; see {@link DedupKeys} for what "already" means. */
    public void add(UsageRecord record) {
        add(prepare(record));
    }

    /**
     * The first half of {@link #add(UsageRecord)}: the record in its stored form with its dedup key, which
     * touches no connection. Records must be prepared in file order, always on one thread (the k-th identical
     * row of a file gets occurrence k); that thread may be another than the one that adds them.
     *
     * A record that cannot be stored exactly (see {@link UsageRow#of}) comes back marked so: adding it ends the
     * import, on the writing thread, after the records before it.
     */
    public PreparedUsage prepare(UsageRecord record) {
        Objects.requireNonNull(record, "record");
        requireOpen();
        UsageRow row;
        try {
            row = UsageRow.of(record, tagsJson);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return PreparedUsage.failed(new StoreException(record.source() + ": cannot store this row: " + e.getMessage(), e));
        }
        PreparedUsage prepared = new PreparedUsage(row, keys.keyOf(row), RowShape.of(row, usualValues, nameLiterals),
                rows.inserts() ? valuesScratch : null, names);
        rows.prepared(row);
        return prepared;
    }

    /** The second half of {@link #add(UsageRecord)}: inserts a prepared record, in the order they were prepared. */
    public void add(PreparedUsage usage) {
        Objects.requireNonNull(usage, "usage");
        requireOpen();
        try {
            if (usage.failure != null) {
                throw usage.failure;
            }
            rows.add(usage);
        } catch (SQLException | RuntimeException e) {
            throw abort(e);
        }
    }

    public void addIssue(ImportIssue issue) {
        Objects.requireNonNull(issue, "issue");
        requireOpen();
        try {
            issues.add(issue);
        } catch (SQLException | RuntimeException e) {
            throw abort(e);
        }
    }

    /**
     * Makes the import permanent and returns the batch as stored.
     *
     * @throws IllegalStateException if the session was begun as a dry run; it is then still open
     */
    public ImportOutcome commit() {
        requireOpen();
        if (dryRunOnly) {
            throw new IllegalStateException("the import of " + request.fileName() + " was begun as a dry run and"
                    + " cannot be committed");
        }
        try {
            ImportBatch batch = finish();
            deferredIndexes.rebuild(connection);
            connection.commit();
            state = State.COMMITTED;
            // The driver opens the next transaction right after a commit; leave it, so ANALYZE stands alone.
            connection.setAutoCommit(true);
            refreshStatistics();
            return new ImportOutcome(batch, false);
        } catch (SQLException | RuntimeException e) {
            throw abort(e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Rolls everything back and returns what {@link #commit()} would have stored. */
    public ImportOutcome dryRun() {
        requireOpen();
        try {
            ImportBatch batch = finish();
            rollback();
            return new ImportOutcome(batch, true);
        } catch (SQLException | RuntimeException e) {
            throw abort(e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Rolls back unless committed; safe to call more than once. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            rollback();
        }
        closeQuietly(connection);
    }

    private ImportBatch finish() throws SQLException {
        rows.flush();
        issues.flush();
        long errorRows = batches.rowsWithIssues(batchId, true);
        ImportCounts counts = new ImportCounts(Math.addExact(rows.offered(), errorRows), rows.inserted().rows(),
                rows.duplicates(), batches.rowsWithIssues(batchId, false));
        UsageSummary inserted = rows.inserted().summary();
        batches.finish(batchId, counts, inserted);
        return new ImportBatch(batchId, request, counts, inserted, createdAt);
    }

    /** Lets the query planner know the table grew; bounded, so it costs milliseconds, and outside the import. */
    private void refreshStatistics() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA analysis_limit = 1000");
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            // The import is committed; stale statistics only make some queries slower until the next import.
        }
    }

    private RuntimeException abort(Exception e) {
        rollback();
        closeQuietly(connection);
        return e instanceof ImportCancelledException cancelled ? cancelled : failure(database, request, e);
    }

    private void rollback() {
        if (state != State.OPEN) {
            return;
        }
        state = State.ROLLED_BACK;
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Closing the connection rolls back what is left; SQLite never keeps an unfinished transaction.
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the import of " + request.fileName() + " has already ended ("
                    + state.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
    }

    private static StoreException failure(Path database, ImportRequest request, Exception e) {
        return new StoreException("Could not import " + request.fileName() + " into " + database
                + "; the workspace was left as it was: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is left to save: the import either committed or rolled back before this.
        }
    }
}
