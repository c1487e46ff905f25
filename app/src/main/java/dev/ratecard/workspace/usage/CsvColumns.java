package dev.ratecard.workspace.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.text.CsvSyntaxException;
import dev.ratecard.importers.text.CsvTable;
import dev.ratecard.importers.text.DelimiterSniffer;
import dev.ratecard.importers.text.TextFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CSV's columns in file order with the first values under each, decoded and split as the readers do: what the
 * column-mapping step shows beside each column's role.
 *
 * @param samples the first rows, each as long as the header (short rows padded with empty cells)
 */
public record CsvColumns(List<String> names, List<List<String>> samples) {
    public CsvColumns {
        names = List.copyOf(names);
        samples = samples.stream().map(List::copyOf).toList();
    }

    /** The first value of {@code column} that is not empty, or an empty string. */
    public String example(int column) {
        return samples.stream().map(row -> row.get(column)).filter(value -> !value.isBlank()).findFirst().orElse("");
    }

    /** @throws ImportException if the file is not text or its CSV is broken, naming the line */
    public static CsvColumns read(Path file, int sampleRows) throws IOException, ImportException {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        try (TextFile text = TextFile.open(file, name, false)) {
            char delimiter = DelimiterSniffer.sniff(text.peek(1 << 16));
            try (CsvTable table = CsvTable.open(text.reader(), delimiter)) {
                List<String> names = table.header().names();
                List<List<String>> samples = new ArrayList<>();
                while (samples.size() < sampleRows && table.next()) {
                    List<String> row = new ArrayList<>(names.size());
                    for (int c = 0; c < names.size(); c++) {
                        String cell = c < table.size() ? table.get(c) : null;
                        row.add(cell == null ? "" : cell);
                    }
                    samples.add(row);
                }
                return new CsvColumns(names, samples);
            } catch (CsvSyntaxException broken) {
                throw new ImportException(ImportIssue.error(SourceRef.line(name, broken.line()), null, null, broken.reason()));
            }
        }
    }
}
