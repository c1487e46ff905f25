package dev.ratecard.store;

import java.util.Objects;

/**
 * What an import did, or in a dry run what it would do.
 *
 * @param batch  the batch as stored; in a dry run nothing was stored and its id is the one it would have had
 * @param dryRun true when the work was rolled back, leaving the workspace as it was
 */
public record ImportOutcome(ImportBatch batch, boolean dryRun) {
    public ImportOutcome {
        Objects.requireNonNull(batch, "batch");
    }
}
