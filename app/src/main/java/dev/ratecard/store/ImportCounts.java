package dev.ratecard.store;

/**
 * The row counts of one import.
 *
 * @param read       rows the reader got through: records offered plus rows it rejected with an error
 * @param inserted   records stored
 * @param duplicates records skipped because the workspace (or the same file) already held them
 * @param withIssues distinct rows the reader reported an error or warning for
 */
public record ImportCounts(long read, long inserted, long duplicates, long withIssues) {
    public ImportCounts {
        if (read < 0 || inserted < 0 || duplicates < 0 || withIssues < 0) {
            throw new IllegalArgumentException("negative count: " + read + ", " + inserted + ", " + duplicates + ", " + withIssues);
        }
    }
}
