package dev.ratecard.importers.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.text.CsvSyntaxException;
import dev.ratecard.importers.text.CsvTable;
import dev.ratecard.importers.text.DelimiterSniffer;
import dev.ratecard.importers.text.TextFile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link RowReader} over a file: delimiter, header binding and checks, then every row. */
final class CsvDriver {
    private static final int SNIFF_CHARS = 1 << 16;

    private CsvDriver() {
    }

    /** @return the delimiter used */
    static char run(TextFile text, RowReader reader, ReadSession session, Row row, JsonSupport json)
            throws IOException, ImportException {
        char delimiter = DelimiterSniffer.sniff(text.peek(SNIFF_CHARS));
        try (CsvTable table = CsvTable.open(text.reader(), delimiter)) {
            CsvCells cells = new CsvCells(table, reader.fields(), json);
            List<HeaderProblem> problems = new ArrayList<>(cells.headerProblems(reader.fields()));
            reader.checkHeader(table.header(), cells, problems, session);
            if (!problems.isEmpty()) {
                throw headerRefused(session.file(), problems, table.header().names());
            }
            row.on(cells);
            int width = table.header().size();
            while (table.next()) {
                session.startTableRow(table.line());
                try {
                    checkWidth(table, width);
                    reader.read(row, session);
                    session.endTableRow();
                } catch (RowProblem problem) {
                    session.endTableRow(problem);
                }
            }
        } catch (CsvSyntaxException broken) {
            String reason = broken.getCause() instanceof CharacterCodingException
                    ? broken.reason() + " (" + text.encoding() + "); save the file as UTF-8"
                    : broken.reason();
            throw new ImportException(ImportIssue.error(SourceRef.line(session.file(), broken.line()), null, null, reason));
        }
        return delimiter;
    }

    private static void checkWidth(CsvTable table, int width) {
        int size = table.size();
        if (size < width) {
            throw new RowProblem(table.header().name(size), null,
                    "the row has " + size + " fields but the header has " + width + "; this and later columns are missing");
        }
        for (int i = width; i < size; i++) {
            String extra = table.get(i);
            if (extra != null && !extra.isBlank()) {
                throw new RowProblem("field " + (i + 1), extra, "the row has " + size + " fields but the header has " + width
                        + "; is a value with an unquoted delimiter in it?");
            }
        }
    }

    private static ImportException headerRefused(String file, List<HeaderProblem> problems, List<String> header) {
        SourceRef line1 = SourceRef.line(file, 1);
        List<ImportIssue> issues = new ArrayList<>();
        for (HeaderProblem problem : problems) {
            issues.add(ImportIssue.error(line1, problem.column(), null,
                    problem.reason() + "; the header has: " + String.join(", ", header)));
        }
        return new ImportException(issues);
    }
}
