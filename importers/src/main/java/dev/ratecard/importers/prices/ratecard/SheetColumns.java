package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.text.CsvHeader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the header row of a CSV sheet means: which columns are rates and which are "other fields". Rate
 * columns are the bucket names of a rates object, {@code input} and {@code output} included. Finding a
 * column by name, in any case, is the shared {@link CsvHeader}'s job.
 */
final class SheetColumns {
    private static final Set<String> KNOWN = Set.of("provider", "model", "source", "as_of", "effective_from");

    private final CsvHeader header;
    private final Map<String, UsageBucket> rateColumns;
    private final List<String> otherColumns;

    private SheetColumns(CsvHeader header, Map<String, UsageBucket> rateColumns, List<String> otherColumns) {
        this.header = header;
        this.rateColumns = rateColumns;
        this.otherColumns = otherColumns;
    }

    static SheetColumns read(List<String> cells, String file, List<String> required) throws ImportException {
        SourceRef where = SourceRef.line(file, 1);
        CsvHeader header = new CsvHeader(cells);
        Set<String> named = new HashSet<>();
        Map<String, UsageBucket> rateColumns = new LinkedHashMap<>();
        Map<UsageBucket, String> bucketColumns = new LinkedHashMap<>();
        List<String> otherColumns = new ArrayList<>();
        List<ImportIssue> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.name(i).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(ImportIssue.error(where, "column " + (i + 1), null, "the header has an empty column name"));
                continue;
            }
            if (!named.add(name)) {
                problems.add(ImportIssue.error(where, name, header.name(i), "the header names this column twice"));
                continue;
            }
            Optional<UsageBucket> bucket = RatecardRates.bucket(name);
            if (bucket.isPresent()) {
                String earlier = bucketColumns.putIfAbsent(bucket.get(), name);
                if (earlier != null) {
                    problems.add(ImportIssue.error(where, name, header.name(i),
                            "gives the " + bucket.get().key() + " rate a second time (also column " + earlier + ")"));
                }
                rateColumns.put(name, bucket.get());
            } else if (!KNOWN.contains(name)) {
                otherColumns.add(name);
            }
        }
        for (String column : required) {
            if (!header.has(column)) {
                problems.add(ImportIssue.error(where, column, null, "the header has no " + column + " column, which is required"));
            }
        }
        if (rateColumns.isEmpty()) {
            problems.add(ImportIssue.error(where, null, null,
                    "the header has no rate column (uncached_input or input, output_text or output, cache_read, …)"));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new SheetColumns(header, rateColumns, otherColumns);
    }

    int size() {
        return header.size();
    }

    /** The column's position, or {@link CsvHeader#ABSENT}; names are unique once {@link #read} accepted them. */
    int index(String column) {
        return header.indexOf(column);
    }

    Map<String, UsageBucket> rateColumns() {
        return rateColumns;
    }

    List<String> otherColumns() {
        return otherColumns;
    }
}
