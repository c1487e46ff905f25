package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.model.ImportIssue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalogue file as read: its items in file order, the top-level fields Ratecard does not know, and any
 * warnings. Catalogue files are Ratecard's own formats, so an error anywhere rejects the whole file.
 */
public record CatalogueRead<T>(List<CatalogueItem<T>> items, Map<String, String> extra, List<ImportIssue> issues) {
    public CatalogueRead {
        items = List.copyOf(items);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    }

    /** The items without their origins, for callers that only need the values. */
    public List<T> values() {
        return items.stream().map(CatalogueItem::value).toList();
    }
}
