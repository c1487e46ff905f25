package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.parse.DecodedText;
import dev.ratecard.importers.prices.parse.IssueLog;
import dev.ratecard.importers.prices.parse.LineIndex;
import dev.ratecard.importers.prices.parse.SheetDefaults;
import dev.ratecard.importers.prices.parse.TextBytes;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.PriceSheetReader;
import dev.ratecard.importers.prices.read.SheetInput;
import dev.ratecard.importers.text.DelimiterSniffer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a hand-made CSV price sheet (docs/formats/price-sheet.md, "Hand-made CSV sheet"): one row per model,
 * columns found by header name in any case and order, token rates per 1M tokens. Spreadsheet exports are
 * welcome: a byte-order mark, {@code ;} or tab as delimiter (decimal commas then allowed), Windows-1252 text.
 * Any bad cell rejects the sheet, with every problem listed by line, column, value and reason.
 */
public final class RatecardCsvSheetReader implements PriceSheetReader {
    private static final String PROVIDER = "provider";
    private static final String MODEL = "model";
    private static final String SOURCE = "source";
    private static final String AS_OF = "as_of";
    private static final String EFFECTIVE_FROM = "effective_from";
    private static final List<String> REQUIRED = List.of(PROVIDER, MODEL, SOURCE, AS_OF);

    @Override
    public PriceSheetFormat format() {
        return PriceSheetFormat.RATECARD_CSV;
    }

    @Override
    public PriceSheetRead read(SheetInput input) throws ImportException {
        String file = input.fileName();
        if (TextBytes.isBlank(input.content())) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "the file is empty; expected a header row naming provider, model, source, as_of and rate columns"));
        }
        IssueLog issues = new IssueLog();
        DecodedText decoded = DecodedText.of(input.content());
        if (decoded.fellBack()) {
            issues.add(ImportIssue.warning(SourceRef.wholeFile(file), null, null,
                    "the file is not UTF-8; it was read as Windows-1252"));
        }
        String text = decoded.text();
        char delimiter = DelimiterSniffer.sniff(text);
        LineIndex lines = new LineIndex(text);
        List<PriceEntry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null, "the file has no header row"));
            }
            SheetColumns header = SheetColumns.read(records.next().toList(), file, REQUIRED);
            Map<String, Long> seen = new HashMap<>();
            while (records.hasNext()) {
                input.context().progress().checkCancelled();
                CSVRecord record = records.next();
                long line = lines.lineOf(record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                PriceEntry entry = new Row(file, line, record, header, delimiter, issues).entry();
                if (entry != null) {
                    Long first = seen.putIfAbsent(entry.provider() + "\u0000" + entry.model(), line);
                    if (first != null) {
                        issues.add(ImportIssue.error(SourceRef.line(file, line), MODEL, entry.model(),
                                "the sheet already prices " + entry.provider() + " " + entry.model() + " on line " + first));
                    }
                    entries.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "malformed CSV: " + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())));
        }
        issues.rejectIfErrors();
        if (entries.isEmpty()) {
            throw new ImportException(ImportIssue.error(SourceRef.wholeFile(file), null, null,
                    "the sheet has a header but no rows"));
        }
        LocalDate asOf = input.context().asOf() != null ? input.context().asOf()
                : entries.stream().map(e -> e.provenance().asOf()).max(Comparator.naturalOrder()).orElseThrow();
        String name = SheetDefaults.baseName(file);
        PriceSheet sheet = new PriceSheet(SheetDefaults.id(input, SheetDefaults.idFrom(name)), SheetDefaults.name(input, name),
                PriceSheetFormat.RATECARD_CSV, Provenance.of(SheetDefaults.source(null, input, null), asOf), entries, Map.of());
        return new PriceSheetRead(sheet, issues.list());
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** One data row; problems are logged and make {@link #entry()} return null. */
    private static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;
        private final SheetColumns header;
        private final char delimiter;
        private final IssueLog issues;
        private boolean ok = true;

        Row(String file, long line, CSVRecord record, SheetColumns header, char delimiter, IssueLog issues) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.header = header;
            this.delimiter = delimiter;
            this.issues = issues;
        }

        PriceEntry entry() {
            if (record.size() > header.size()) {
                fail(null, String.join(String.valueOf(delimiter), record.toList().subList(header.size(), record.size())),
                        "the row has " + record.size() + " cells but the header names " + header.size() + " columns");
            }
            String provider = required(PROVIDER);
            String model = required(MODEL);
            String source = required(SOURCE);
            LocalDate asOf = date(AS_OF, required(AS_OF));
            LocalDate effectiveFrom = date(EFFECTIVE_FROM, cell(EFFECTIVE_FROM));
            Rates.Builder rates = Rates.builder();
            header.rateColumns().forEach((column, bucket) -> {
                BigDecimal written = decimal(column, cell(column));
                if (written != null) {
                    rates.set(bucket, RatecardRates.perUnit(bucket, written));
                }
            });
            Rates built = rates.build();
            if (ok && built.isEmpty()) {
                fail(null, null, "the row has no rate; give at least one");
            }
            if (!ok) {
                return null;
            }
            PriceEntry.Builder entry = PriceEntry.builder(provider, model)
                    .rates(built)
                    .effectiveFrom(effectiveFrom)
                    .provenance(Provenance.of(source, asOf))
                    .origin(SourceRef.line(file, line));
            for (String column : header.otherColumns()) {
                String value = cell(column);
                if (value != null) {
                    entry.extra(column, value);
                }
            }
            return entry.build();
        }

        /** The trimmed cell, or null when empty or missing from a short row. */
        private String cell(String column) {
            int index = header.index(column);
            if (index < 0 || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value.isEmpty() ? null : value;
        }

        private String required(String column) {
            String value = cell(column);
            if (value == null) {
                fail(column, null, "empty; this column is required in every row");
            }
            return value;
        }

        private LocalDate date(String column, String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(column, value, "not a date in the form YYYY-MM-DD");
                return null;
            }
        }

        private BigDecimal decimal(String column, String value) {
            if (value == null) {
                return null;
            }
            String text = delimiter != ',' && value.matches("[+-]?\\d*,\\d+") ? value.replace(',', '.') : value;
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                fail(column, value, "not a number; write a rate such as 2.50 (per 1M tokens for token columns)");
                return null;
            }
            if (number.signum() < 0) {
                fail(column, value, "negative rate; a rate is never below zero");
                return null;
            }
            return number;
        }

        private void fail(String column, String value, String reason) {
            ok = false;
            issues.add(ImportIssue.error(SourceRef.line(file, line), column, value, reason));
        }
    }
}
