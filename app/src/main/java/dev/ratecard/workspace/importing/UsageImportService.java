package dev.ratecard.workspace.importing;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.importers.usage.UsageImport;
import dev.ratecard.store.AlreadyImportedException;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.ImportOutcome;
import dev.ratecard.store.ImportRequest;
import dev.ratecard.store.ImportSession;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.pipeline.ParallelSink;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings usage files into the workspace, for the window's import wizard and the command line alike.
 *
 * <p>{@link #preview} reads a file and says what importing it would do: its format and why, rows, date range,
 * tokens per bucket, reported cost per currency, every issue, and how many rows are new and how many the
 * workspace already holds (the store's dry run, rolled back). {@link #commit} does the same and keeps it.
 *
 * <p>Readers stream and may fail part-way (a truncated JSON document), so the records go into one import
 * session (one transaction) and are committed only after the reader has returned without error; a failure,
 * a cancel or a killed process leaves the workspace as it was. <b>Policy:</b> a file with rows in error is
 * refused whole unless the options ask to import its valid rows ({@link ImportOptions#skipInvalidRows()}),
 * in which case the skipped rows' issues are stored with the batch. The same bytes twice change nothing. Zone-less
 * timestamps are read in the options' zone, else the settings' one, and the zone is recorded with the batch.
 */
public final class UsageImportService {
    private final WorkspaceDatabase database;
    private final ZoneId settingsTimeZone;
    private final UsageImport reader = new UsageImport();
    private final MappingProfiles mappingProfiles;
    private final FileDigests digests;

    /** @param settingsTimeZone the zone of zone-less timestamps when an import does not name one */
    public UsageImportService(WorkspaceDatabase database, ZoneId settingsTimeZone) {
        this(database, settingsTimeZone, new FileDigests());
    }

    /** @param digests where the files' SHA-256 come from, some perhaps started early */
    public UsageImportService(WorkspaceDatabase database, ZoneId settingsTimeZone, FileDigests digests) {
        this.database = Objects.requireNonNull(database, "database");
        this.settingsTimeZone = Objects.requireNonNull(settingsTimeZone, "settingsTimeZone");
        this.digests = Objects.requireNonNull(digests, "digests");
        this.mappingProfiles = new MappingProfiles(database.mappingProfiles());
    }

    public MappingProfiles mappingProfiles() {
        return mappingProfiles;
    }

    /** What importing {@code file} would do; writes nothing. */
    public ImportResult preview(Path file, ImportOptions options, Progress progress) {
        return run(file, options, progress, true);
    }

    /** Imports {@code file} all or nothing, under the policy above. */
    public ImportResult commit(Path file, ImportOptions options, Progress progress) {
        return run(file, options, progress, false);
    }

    private ImportResult run(Path file, ImportOptions options, Progress progress, boolean preview) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        String name = nameOf(file);
        String sha256;
        try {
            sha256 = digests.sha256(file);
        } catch (IOException unreadable) {
            return unreadable(name, unreadable);
        }
        Optional<ImportBatch> existing = database.batches().findBySha256(sha256);
        if (existing.isPresent()) {
            return new ImportResult.AlreadyImported(name, sha256, existing.get());
        }
        FormatChoice format;
        try {
            format = options.format() != null
                    ? FormatChoice.given(options.format(), options.mapping() != null)
                    : FormatChoice.detected(reader.detect(file));
        } catch (ImportException refused) {
            return new ImportResult.Refused(name, null, "the file cannot be read", refused.issues(), null);
        } catch (IOException unreadable) {
            return unreadable(name, unreadable);
        }
        ZoneId zone = options.timeZone() != null ? options.timeZone() : settingsTimeZone;
        ReadOptions read = options.readOptions(format.format(), zone);
        ImportRequest request = new ImportRequest(name, sha256, format.format().id(),
                SourceKinds.of(format.format(), options.mapping()), zone, readerOptions(format, read, options));
        try (ImportSession session = preview ? database.beginDryRun(request, progress)
                : database.beginImport(request, progress)) {
            return stage(file, session, read, options, preview, new FileHeader(name, sha256, format, zone), progress);
        } catch (AlreadyImportedException raced) {
            return new ImportResult.AlreadyImported(name, sha256, raced.existing());
        }
    }

    private record FileHeader(String name, String sha256, FormatChoice format, ZoneId zone) {
        FileRead with(ReadSummary summary) {
            return new FileRead(name, sha256, format, zone, summary);
        }
    }

    private ImportResult stage(Path file, ImportSession session, ReadOptions read, ImportOptions options,
                               boolean preview, FileHeader header, Progress progress) {
        // The reader leaves out a repeated natural key itself; the session need not look for repeats again.
        session.naturalKeysAreDistinct();
        StagingSink sink = new StagingSink(session, !preview && !options.skipInvalidRows());
        ReadSummary summary;
        try {
            summary = ParallelSink.run(handOff -> reader.read(file, read, handOff, progress), sink);
        } catch (ImportException refused) {
            return new ImportResult.Refused(header.name(), null, "the file cannot be read", refused.issues(), null);
        } catch (IOException unreadable) {
            return unreadable(header.name(), unreadable);
        }
        FileRead fileRead = header.with(summary);
        if (summary.hasErrors() && !options.skipInvalidRows()) {
            ImportBatch validRows = preview ? session.dryRun().batch() : null;
            return new ImportResult.Refused(header.name(), fileRead, refusal(summary),
                    summary.issues().stream().filter(ImportIssue::isError).toList(), validRows);
        }
        ImportOutcome outcome = preview ? session.dryRun() : session.commit();
        return new ImportResult.Imported(fileRead, outcome.batch(), preview);
    }

    private static String refusal(ReadSummary summary) {
        long bad = summary.rowsRejected();
        return bad + " row" + (bad == 1 ? "" : "s") + " of " + summary.rowsRead() + " could not be read, so the file"
                + " was not imported; fix " + (bad == 1 ? "it" : "them") + ", or import the valid rows and keep the"
                + " issues with the batch";
    }

    /** What the reader ran with, kept with the batch so that the import can be explained and repeated. */
    private static Map<String, String> readerOptions(FormatChoice format, ReadOptions read, ImportOptions options) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("format_chosen", format.wasDetected() ? "detected (" + format.confidence().name().toLowerCase(Locale.ROOT)
                + "): " + format.reason() : format.reason());
        kept.put("decimal_separator", read.decimalSeparator().name().toLowerCase(Locale.ROOT));
        kept.put("slash_date_order", read.slashDateOrder().name().toLowerCase(Locale.ROOT));
        kept.put("focus_cost", read.focusCost().name().toLowerCase(Locale.ROOT));
        if (options.mapping() != null) {
            kept.put("mapping", options.mapping().name());
        }
        kept.put("skip_invalid_rows", Boolean.toString(options.skipInvalidRows()));
        return kept;
    }

    private static ImportResult unreadable(String name, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> "cannot be read: " + e.getMessage();
        };
        return new ImportResult.Refused(name, null, reason,
                List.of(ImportIssue.error(SourceRef.wholeFile(name), null, null, reason)), null);
    }

    private static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
