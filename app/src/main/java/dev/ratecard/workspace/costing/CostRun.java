package dev.ratecard.workspace.costing;

import dev.ratecard.importers.usage.ReadSummary;

import java.util.Objects;

/**
 * A priced run and what was read for it.
 *
 * @param read what reading the file found (format, rows, issues), or {@code null} for stored usage
 */
public record CostRun(PricedUsage priced, ReadSummary read) {
    public CostRun {
        Objects.requireNonNull(priced, "priced");
    }

    /** True when the file had rows that could not be read, which are in no figure. */
    public boolean hadBadRows() {
        return read != null && read.hasErrors();
    }
}
