package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of the price library as read, with where it came from and what the reader had to say about it
 * (warnings, and for the broad third-party catalogues the entries it skipped).
 */
public record LibrarySheet(PriceSheet sheet, SheetOrigin origin, List<ImportIssue> issues) {
    public LibrarySheet {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(origin, "origin");
        issues = List.copyOf(issues);
    }

    public String id() {
        return sheet.id();
    }

    public String name() {
        return sheet.name();
    }

    public LocalDate asOf() {
        return sheet.provenance().asOf();
    }

    public List<PriceEntry> entries() {
        return sheet.entries();
    }

    public boolean isUserAdded() {
        return origin instanceof SheetOrigin.UserAdded;
    }

    /** e.g. "LiteLLM price map (snapshot), as of 2026-07-24". */
    public String label() {
        return name() + ", as of " + asOf();
    }
}
