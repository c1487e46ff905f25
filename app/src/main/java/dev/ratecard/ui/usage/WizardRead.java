package dev.ratecard.ui.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.usage.Detection;
import dev.ratecard.importers.usage.MappingSuggestion;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.importers.usage.UsageImport;
import dev.ratecard.workspace.importing.FileRead;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.importing.UsageImportService;
import dev.ratecard.workspace.usage.CsvColumns;
import dev.ratecard.workspace.usage.FirstRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The wizard's reading of a file, off the UI thread: a CSV no reader knows goes to the column mapping with the
 * reader's suggestion; anything else is previewed by the import service (which writes nothing), with its first
 * records for the preview table.
 */
final class WizardRead {
    static final int SAMPLE_COLUMNS_ROWS = 5;

    private final UsageImport reader = new UsageImport();
    private final FirstRecords firstRecords = new FirstRecords();

    /** What reading a file found. */
    sealed interface Outcome {
    }

    /** The import service's preview, and the first records of the file read the same way. */
    record Previewed(ImportResult result, FirstRecords.Sample sample) implements Outcome {
        Previewed {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(sample, "sample");
        }
    }

    /** A CSV to map by hand: its columns, the reader's suggestion, and why no reader took it. */
    record ToMap(CsvColumns columns, MappingSuggestion suggestion, String why) implements Outcome {
    }

    Outcome read(UsageImportService imports, Path file, ImportOptions options, int rows, Progress progress)
            throws IOException {
        if (options.mapping() == null && (options.format() == null || options.format() == UsageFormat.MAPPED_CSV)) {
            try {
                Detection detected = reader.detect(file);
                boolean mapAsked = options.format() == UsageFormat.MAPPED_CSV;
                if (detected.format() == UsageFormat.MAPPED_CSV || mapAsked) {
                    if (detected.format().container() != UsageFormat.Container.CSV) {
                        return notCsv(file, detected);
                    }
                    return new ToMap(CsvColumns.read(file, SAMPLE_COLUMNS_ROWS), reader.suggestMapping(file),
                            mapAsked ? "you chose to map the columns yourself" : detected.reason());
                }
            } catch (ImportException unreadable) {
                // The preview below refuses the file with the same reason, in the usual form.
            }
        }
        ImportResult result = imports.preview(file, options, progress);
        FileRead read = switch (result) {
            case ImportResult.Imported imported -> imported.read();
            case ImportResult.Refused refused -> refused.read();
            case ImportResult.AlreadyImported already -> null;
        };
        FirstRecords.Sample sample = new FirstRecords.Sample(List.of(), List.of());
        if (read != null) {
            try {
                sample = firstRecords.read(file, options.readOptions(read.format().format(), read.timeZone()), rows, progress);
            } catch (ImportException unreadable) {
                // The preview's own issues say why; the table stays empty.
            }
        }
        return new Previewed(result, sample);
    }

    private static Previewed notCsv(Path file, Detection detected) {
        String name = String.valueOf(file.getFileName());
        String reason = "only a CSV can be read through a column mapping; this file is " + detected.format().description();
        return new Previewed(new ImportResult.Refused(name, null, reason,
                List.of(ImportIssue.error(SourceRef.wholeFile(name), null, null, reason)), null),
                new FirstRecords.Sample(List.of(), List.of()));
    }
}
