package dev.ratecard.store;

import dev.ratecard.importers.model.ImportIssue;

import java.util.List;
import java.util.Objects;

/** A batch with the issues its reader reported, in file order. */
public record BatchDetails(ImportBatch batch, List<ImportIssue> issues) {
    public BatchDetails {
        Objects.requireNonNull(batch, "batch");
        issues = List.copyOf(issues);
    }
}
