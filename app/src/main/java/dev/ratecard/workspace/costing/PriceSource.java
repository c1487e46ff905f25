package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.prices.read.PriceSheetRead;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A price sheet as pricing uses it: its entries, and what to call it when saying which sheet priced a model.
 *
 * @param id      the bundled id ({@code openai}, {@code litellm} …) or the file's sheet id
 * @param bundled true for a sheet that ships with Ratecard, false for a user's file
 * @param issues  entries the reader skipped (third-party catalogues) and other warnings
 */
public record PriceSource(String id, String name, LocalDate asOf, String source, boolean bundled,
                          List<PriceEntry> entries, List<ImportIssue> issues) {
    public PriceSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        issues = List.copyOf(issues);
    }

    static PriceSource of(PriceSheetRead read, boolean bundled) {
        return new PriceSource(read.sheet().id(), read.sheet().name(), read.sheet().provenance().asOf(),
                read.sheet().provenance().source(), bundled, read.sheet().entries(), read.issues());
    }

    /** e.g. {@code openai (2026-07-24)}. */
    public String label() {
        return id + " (" + asOf + ")";
    }
}
