package dev.ratecard.workspace.usage;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.importers.usage.UsageImport;
import dev.ratecard.importers.usage.UsageSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first records of a file, as the reader makes them, with the issues found on the way: what an import's
 * preview shows row by row, and what a column mapping being edited reads its file as. The read stops soon after it
 * has enough (readers look at the cancel flag every few thousand rows), so a large file costs little.
 */
public final class FirstRecords {
    private final UsageImport reader = new UsageImport();

    /** The records read, in file order, and the issues met before the read stopped. */
    public record Sample(List<UsageRecord> records, List<ImportIssue> issues) {
        public Sample {
            records = List.copyOf(records);
            issues = List.copyOf(issues);
        }
    }

    /**
     * Up to {@code limit} records of {@code file}, in file order, and up to as many issues.
     *
     * @param progress the caller's cancel: a cancelled read throws {@link ImportCancelledException}
     * @throws ImportException if the file cannot be read at all as {@code options} say
     */
    public Sample read(Path file, ReadOptions options, int limit, Progress progress) throws IOException, ImportException {
        Objects.requireNonNull(progress, "progress");
        if (limit < 1) {
            throw new IllegalArgumentException("a preview shows at least one record: " + limit);
        }
        List<UsageRecord> records = new ArrayList<>(limit);
        List<ImportIssue> issues = new ArrayList<>();
        Progress enough = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return records.size() >= limit || progress.isCancelled();
            }
        };
        try {
            reader.read(file, options, new UsageSink() {
                @Override
                public void accept(UsageRecord record) {
                    if (records.size() < limit) {
                        records.add(record);
                    }
                }

                @Override
                public void issue(ImportIssue issue) {
                    if (issues.size() < limit) {
                        issues.add(issue);
                    }
                }
            }, enough);
        } catch (ImportCancelledException stopped) {
            if (progress.isCancelled()) {
                throw stopped;
            }
        }
        return new Sample(records, issues);
    }
}
