package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceSheet;

import java.util.List;
import java.util.Objects;

/**
 * A price sheet as read, with what the reader found wrong or had to interpret. Ratecard's own formats are
 * rejected whole on any error (a person wrote them and must fix them), so their issues are warnings only.
 * The big third-party catalogues (LiteLLM, OpenRouter, Portkey) skip a bad entry and list an
 * {@link ImportIssue.Severity#ERROR} issue naming it, so that the rest of the catalogue stays usable.
 */
public record PriceSheetRead(PriceSheet sheet, List<ImportIssue> issues) {
    public PriceSheetRead {
        Objects.requireNonNull(sheet, "sheet");
        issues = List.copyOf(issues);
    }

    /** True when at least one entry was skipped because it could not be read. */
    public boolean hasSkippedEntries() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
