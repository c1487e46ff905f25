package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.UsageRecord;

/**
 * Where a read sends what it finds, one at a time and in file order, so that no file is ever held in memory.
 * The reader's caller stages records and commits them only if it accepts the file as a whole. No two records of
 * one read carry the same natural key: a repeat is left out, with a warning, before it reaches the sink.
 */
@FunctionalInterface
public interface UsageSink {
    void accept(UsageRecord record);

    /**
     * Every issue, as it is found; the {@link ReadSummary} keeps only the first ones. The default ignores them,
     * for callers that only look at the summary.
     */
    default void issue(ImportIssue issue) {
    }
}
