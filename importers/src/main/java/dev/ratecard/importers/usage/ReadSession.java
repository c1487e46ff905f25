package dev.ratecard.importers.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One read in progress: where it is, and everything the summary will say. Each row runs through
 * {@link #row}, which accounts for it exactly once (records, rejected with an issue, or skipped with a
 * reason); a row that does none of these is a reader bug and fails loudly. Records go to the sink as soon as
 * they are made, after a duplicate check on their natural key.
 *
 * <p>Rows that were read whole into one record ({@link #rowOfOne}) may be held back for a few rows, so that the
 * duplicate check looks up their keys together: in a table of a million keys each lookup is a cache miss, and
 * misses taken together overlap. Every other call first runs the held rows, in order, so nothing the session
 * reports or sends changes order.
 */
final class ReadSession {
    /** A power of two, so that the check each row is a mask rather than a division. */
    private static final int PROGRESS_EVERY = 1024;
    /** Enough misses to overlap, few enough that their table slots stay in the nearest cache until used. */
    private static final int HELD_ROWS = 16;

    /** The work of one row; may throw {@link RowProblem}. */
    @FunctionalInterface
    interface RowBody {
        void run();
    }

    private final String file;
    private final UsageSink sink;
    private final Progress progress;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final int maxListedIssues;

    private final List<ImportIssue> issues = new ArrayList<>();
    private long issuesNotListed;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, BigDecimal> costs = new HashMap<>();
    private final RunningTotals totals = new RunningTotals();
    private final SeenKeys seenKeys = new SeenKeys();

    private final Draft[] heldDrafts = new Draft[HELD_ROWS];
    private final long[] heldLines = new long[HELD_ROWS];
    private final long[] heldHashes = new long[HELD_ROWS];
    private int held;
    /** What {@link SeenKeys#touch} read; kept only so that its reads are done. */
    private long touched;

    private final SourceRef wholeFile;
    private SourceRef where;
    /** {@link #records} when the current table row started. */
    private long recordsAtRowStart;
    private long rowCalls;
    private long rowsRead;
    private long rowsWithRecords;
    private long rowsRejected;
    private long rowsSkipped;
    private long records;
    private boolean skippedThisRow;
    private Instant first;
    private Instant last;

    ReadSession(String file, UsageSink sink, Progress progress, LongSupplier bytesRead, long totalBytes, int maxListedIssues) {
        this.file = file;
        this.sink = sink;
        this.progress = progress;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        this.maxListedIssues = maxListedIssues;
        this.wholeFile = SourceRef.wholeFile(file);
        this.where = wholeFile;
        progress.update(0, totalBytes);
    }

    String file() {
        return file;
    }

    SourceRef where() {
        return where;
    }

    /**
     * The row at {@code line}, which made {@code draft} and nothing else (no issue, no skip): emitted as
     * {@code row(SourceRef.line(file, line), () -> emit(draft))} would, now or a few rows later.
     */
    void rowOfOne(long line, Draft draft) {
        heldDrafts[held] = draft;
        heldLines[held] = line;
        heldHashes[held] = draft.key == null ? 0 : SeenKeys.hash(draft.key);
        if (++held == HELD_ROWS) {
            runHeld();
        }
    }

    private void runHeld() {
        if (held == 0) {
            return;
        }
        int count = held;
        held = 0;
        touched ^= seenKeys.touch(heldHashes, count);
        for (int i = 0; i < count; i++) {
            Draft draft = heldDrafts[i];
            heldDrafts[i] = null;
            long hash = heldHashes[i];
            runRow(SourceRef.line(file, heldLines[i]), () -> emit(draft, hash));
        }
    }

    /** Runs one row (or a container of rows: a bucket whose results are rows of their own) at {@code ref}. */
    void row(SourceRef ref, RowBody body) {
        runHeld();
        runRow(ref, body);
    }

    private void runRow(SourceRef ref, RowBody body) {
        SourceRef outer = where;
        boolean outerSkipped = skippedThisRow;
        long callsBefore = rowCalls++;
        long recordsBefore = records;
        where = ref;
        skippedThisRow = false;
        try {
            body.run();
            if (rowCalls - 1 == callsBefore) {
                countLeaf(ref, recordsBefore);
            }
        } catch (RowProblem problem) {
            countRejected(ref, problem);
        } finally {
            where = outer;
            skippedThisRow = outerSkipped;
        }
    }

    /**
     * Starts the table row at {@code line}, which ends in {@link #endTableRow} once read, or in
     * {@link #endTableRow(RowProblem)}. The same accounting as {@link #row}, for rows that hold no rows of their own;
     * without a body to call it costs no lambda, and leaves the JIT one method per row to compile, the reader's,
     * instead of that method again inside each frame around it.
     */
    void startTableRow(long line) {
        runHeld();
        rowCalls++;
        recordsAtRowStart = records;
        where = SourceRef.line(file, line);
        skippedThisRow = false;
    }

    void endTableRow() {
        countLeaf(where, recordsAtRowStart);
        where = wholeFile;
        skippedThisRow = false;
    }

    /** Ends the table row as rejected for {@code problem}. */
    void endTableRow(RowProblem problem) {
        countRejected(where, problem);
        where = wholeFile;
        skippedThisRow = false;
    }

    private void countLeaf(SourceRef ref, long recordsBefore) {
        rowsRead++;
        if (records > recordsBefore) {
            rowsWithRecords++;
        } else if (skippedThisRow) {
            rowsSkipped++;
        } else {
            throw new IllegalStateException(ref + ": the reader neither emitted, skipped nor rejected this row");
        }
        tick();
    }

    private void countRejected(SourceRef ref, RowProblem problem) {
        rowsRead++;
        rowsRejected++;
        report(ImportIssue.error(ref, problem.field(), problem.value(), problem.reason()));
        tick();
    }

    /**
     * The current row (or one of its records) is deliberately left out, for {@code reason}; counted per reason
     * in the summary, and as a skipped row if the row yields no record at all.
     */
    void skip(String reason) {
        runHeld();
        skippedThisRow = true;
        skipped.merge(reason, 1L, Long::sum);
    }

    /** A warning about the current row; the row is still read. */
    void warn(String column, String value, String reason) {
        report(ImportIssue.warning(where, column, value, reason));
    }

    /** A warning about the file as a whole. */
    void fileWarning(String reason) {
        report(ImportIssue.warning(SourceRef.wholeFile(file), null, null, reason));
    }

    /** A row that is broken beyond its fields (invalid JSON on a line): rejected at {@code ref}. */
    void reject(SourceRef ref, String column, String value, String reason) {
        runHeld();
        rowCalls++;
        rowsRead++;
        rowsRejected++;
        report(ImportIssue.error(ref, column, value, reason));
        tick();
    }

    void emit(Draft draft) {
        runHeld();
        emit(draft, draft.key == null ? 0 : SeenKeys.hash(draft.key));
    }

    /** {@code keyHash}: the {@link SeenKeys#hash} of the draft's key, if it has one. */
    private void emit(Draft draft, long keyHash) {
        if (draft.key != null) {
            long firstLine = seenKeys.firstLineOf(keyHash, where.line());
            if (firstLine >= 0) {
                warn(draft.keyField, draft.key, "duplicate of line " + firstLine + " (same " + draft.keyField + "); left out");
                skip("duplicate " + draft.keyField);
                return;
            }
        }
        UsageRecord record = draft.build(where);
        try {
            totals.add(record.counts());
        } catch (ArithmeticException overflow) {
            throw new RowProblem(null, null, "the file's token totals no longer fit a 64-bit count");
        }
        records++;
        if (record.reportedCost() != null) {
            costs.merge(record.reportedCost().currency(), record.reportedCost().amount(), BigDecimal::add);
        }
        Instant end = record.period().isZero() ? record.start() : record.start().plus(record.period());
        if (first == null || record.start().isBefore(first)) {
            first = record.start();
        }
        if (last == null || end.isAfter(last)) {
            last = end;
        }
        sink.accept(record);
    }

    private void report(ImportIssue issue) {
        runHeld();
        if (issues.size() < maxListedIssues) {
            issues.add(issue);
        } else {
            issuesNotListed++;
        }
        sink.issue(issue);
    }

    private void tick() {
        if ((rowsRead & (PROGRESS_EVERY - 1)) == 0) {
            progress.update(bytesRead.getAsLong(), totalBytes);
            progress.checkCancelled();
        }
    }

    ReadSummary finish(UsageFormat format, String encoding, Character delimiter, ZoneId naiveZone) {
        runHeld();
        progress.update(totalBytes, totalBytes);
        progress.checkCancelled();
        return new ReadSummary(file, format, encoding, delimiter, naiveZone, rowsRead, records, rowsRejected,
                rowsSkipped, skipped, first, last, totals.counts(), costs, issues, issuesNotListed);
    }

    long rowsWithRecords() {
        runHeld();
        return rowsWithRecords;
    }
}
