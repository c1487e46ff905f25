package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a CSV sheet: column name (lower case) → index, which columns are rates and which are
 * "other fields". Rate columns are the bucket names of a rates object, {@code input} and {@code output}
 * included.
 */
final class CsvHeader {
    private static final Set<String> KNOWN = Set.of("provider", "model", "source", "as_of", "effective_from");

    private final Map<String, Integer> indexes;
    private final Map<String, UsageBucket> rateColumns;
    private final List<String> otherColumns;

    private CsvHeader(Map<String, Integer> indexes, Map<String, UsageBucket> rateColumns, List<String> otherColumns) {
        this.indexes = indexes;
        this.rateColumns = rateColumns;
        this.otherColumns = otherColumns;
    }

    static CsvHeader read(CSVRecord record, String file, List<String> required) throws ImportException {
        SourceRef where = SourceRef.line(file, 1);
        Map<String, Integer> indexes = new LinkedHashMap<>();
        Map<String, UsageBucket> rateColumns = new LinkedHashMap<>();
        Map<UsageBucket, String> bucketColumns = new LinkedHashMap<>();
        List<String> otherColumns = new ArrayList<>();
        List<ImportIssue> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(ImportIssue.error(where, "column " + (i + 1), null, "the header has an empty column name"));
                continue;
            }
            if (indexes.putIfAbsent(name, i) != null) {
                problems.add(ImportIssue.error(where, name, record.get(i), "the header names this column twice"));
                continue;
            }
            Optional<UsageBucket> bucket = RatecardRates.bucket(name);
            if (bucket.isPresent()) {
                String earlier = bucketColumns.putIfAbsent(bucket.get(), name);
                if (earlier != null) {
                    problems.add(ImportIssue.error(where, name, record.get(i),
                            "gives the " + bucket.get().key() + " rate a second time (also column " + earlier + ")"));
                }
                rateColumns.put(name, bucket.get());
            } else if (!KNOWN.contains(name)) {
                otherColumns.add(name);
            }
        }
        for (String column : required) {
            if (!indexes.containsKey(column)) {
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
        return new CsvHeader(indexes, rateColumns, otherColumns);
    }

    int size() {
        return indexes.size();
    }

    Integer index(String column) {
        return indexes.get(column);
    }

    Map<String, UsageBucket> rateColumns() {
        return rateColumns;
    }

    List<String> otherColumns() {
        return otherColumns;
    }
}
