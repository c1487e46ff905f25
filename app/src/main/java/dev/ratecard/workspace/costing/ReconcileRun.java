package dev.ratecard.workspace.costing;

import dev.ratecard.importers.usage.ReadSummary;

import java.util.Objects;

/**
 * A reconciliation and what was read for it.
 *
 * @param read what reading the file found, or {@code null} for stored usage
 */
public record ReconcileRun(Reconciliation reconciliation, ReadSummary read) {
    public ReconcileRun {
        Objects.requireNonNull(reconciliation, "reconciliation");
    }
}
