package dev.ratecard.workspace.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.workspace.costing.PriceSource;
import dev.ratecard.workspace.costing.PriceSources;
import dev.ratecard.workspace.prices.CatalogueSearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A price entry a model name can be mapped to, with the sheet it is in: the entries pricing by route can reach (the
 * bundled sheets), so that an alias to one of them is honoured when the usage is priced again.
 *
 * @param searchText what a search looks in: provider, model id and aliases, as the Prices screen searches
 */
public record PriceEntryChoice(String sheetId, String sheetName, PriceEntry entry, String searchText) {
    public PriceEntryChoice {
        Objects.requireNonNull(sheetId, "sheetId");
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(searchText, "searchText");
    }

    public String provider() {
        return entry.provider();
    }

    public String model() {
        return entry.model();
    }

    /** Every entry of every bundled sheet, in catalogue order. */
    public static List<PriceEntryChoice> bundled(PriceSources sources) throws ImportException {
        List<PriceEntryChoice> choices = new ArrayList<>();
        for (String id : sources.bundledIds()) {
            PriceSource sheet = sources.bundled(id);
            for (PriceEntry entry : sheet.entries()) {
                choices.add(new PriceEntryChoice(sheet.id(), sheet.name(), entry, CatalogueSearch.textOf(entry)));
            }
        }
        return List.copyOf(choices);
    }
}
