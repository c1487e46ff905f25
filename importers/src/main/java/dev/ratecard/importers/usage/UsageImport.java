package dev.ratecard.importers.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.text.CsvSyntaxException;
import dev.ratecard.importers.text.CsvTable;
import dev.ratecard.importers.text.DelimiterSniffer;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.TextFile;
import dev.ratecard.importers.text.TimestampParser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads usage logs and billing exports into {@link dev.ratecard.importers.model.UsageRecord}s: the one entry
 * point the app and the command line use.
 *
 * <p>{@link #read} streams: records go to the sink one at a time as the file is read, so memory does not
 * grow with the file. Bad rows do not stop the read; each becomes an {@link ImportIssue} (sent to the sink and
 * listed in the summary) and nothing else of it is kept. A file that cannot be read at all (empty, binary,
 * truncated JSON, missing columns, unknown format) throws {@link ImportException}, possibly after some records
 * went to the sink: callers stage what they receive and commit only after {@code read} returns.
 * Cancelling through {@link Progress} throws {@link dev.ratecard.importers.ImportCancelledException}.
 *
 * <p>Instances hold only immutable settings; one can serve many reads, one at a time per thread.
 */
public final class UsageImport {
    private final JsonSupport json = new JsonSupport();
    private final FormatDetector detector = new FormatDetector(json);

    /** The file's format from its content, with how sure and why; refuses empty, binary and unknown files. */
    public Detection detect(Path file) throws IOException, ImportException {
        Objects.requireNonNull(file, "file");
        return detector.detect(file, nameOf(file));
    }

    /**
     * Reads {@code file} (as {@code options.format()}, or as detected) and sends its records to {@code sink}.
     *
     * @return what was read: counts, date range, totals, the issues found
     */
    public ReadSummary read(Path file, ReadOptions options, UsageSink sink, Progress progress)
            throws IOException, ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        String name = nameOf(file);
        UsageFormat format = options.format() != null ? options.format() : detect(file).format();
        TimestampParser times = times(options, format, name);
        ReaderContext context = new ReaderContext(options, new NumberParser(options.decimalSeparator()), times, json);
        FormatReader reader = Readers.create(format, context, name);
        try (TextFile text = TextFile.open(file, name, true)) {
            ReadSession session = new ReadSession(name, sink, progress, text::bytesRead, text.size(), options.maxListedIssues());
            Character delimiter = switch (reader) {
                case RowReader rows -> CsvDriver.run(text, rows, session, context.row(), json);
                case JsonItemReader items -> {
                    JsonDriver.run(text, items, session, json);
                    yield null;
                }
            };
            return session.finish(format, text.encoding(), delimiter, times.sawNaiveTime() ? times.naiveZone() : null);
        }
    }

    /** A column mapping guessed from the file's CSV header, for the user to check and complete. */
    public MappingSuggestion suggestMapping(Path file) throws IOException, ImportException {
        String name = nameOf(file);
        try (TextFile text = TextFile.open(file, name, false)) {
            char delimiter = DelimiterSniffer.sniff(text.peek(1 << 16));
            try (CsvTable table = CsvTable.open(text.reader(), delimiter)) {
                return MappingSuggester.suggest(name, table.header().names());
            } catch (CsvSyntaxException broken) {
                throw new ImportException(ImportIssue.error(SourceRef.line(name, broken.line()), null, null, broken.reason()));
            }
        }
    }

    /** The time parser of a read: the mapping's own format and zone for mapped CSVs, else the options'. */
    private static TimestampParser times(ReadOptions options, UsageFormat format, String name) throws ImportException {
        ColumnMapping mapping = format == UsageFormat.MAPPED_CSV ? options.mapping() : null;
        if (mapping == null) {
            return new TimestampParser(options.naiveTimeZone(), options.slashDateOrder());
        }
        ZoneId zone = options.naiveTimeZone();
        try {
            if (mapping.time().zone() != null && !mapping.time().zone().isBlank()) {
                zone = ZoneId.of(mapping.time().zone().strip());
            }
            return new TimestampParser(zone, options.slashDateOrder(), mapping.time().format());
        } catch (DateTimeException | IllegalArgumentException bad) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(name), mapping.time().column(),
                    mapping.time().zone() + " / " + mapping.time().format(),
                    "the mapping's time zone or format is not valid: " + bad.getMessage()));
        }
    }

    private static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
