package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.prices.read.CatalogueItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the price library holds at one moment: the bundled sheets first (in the catalogue's order), then
 * the user's own, the gateways' fee models (with the fields of each that Ratecard reads but does not price), and
 * the user's files that could not be read. Immutable: adding or removing a sheet gives new contents.
 */
public record LibraryContents(List<LibrarySheet> sheets, List<CatalogueItem<GatewayFeeModel>> gateways,
                              List<UnreadableSheet> unreadable) {
    public LibraryContents {
        sheets = List.copyOf(sheets);
        gateways = List.copyOf(gateways);
        unreadable = List.copyOf(unreadable);
    }

    /** A sheet by the id users type; ids are compared ignoring case. */
    public Optional<LibrarySheet> sheet(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return sheets.stream().filter(sheet -> sheet.id().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public List<GatewayFeeModel> gatewayModels() {
        return gateways.stream().map(CatalogueItem::value).toList();
    }

    public int entryCount() {
        return sheets.stream().mapToInt(sheet -> sheet.entries().size()).sum();
    }

    /** These contents with {@code added} at the end. */
    public LibraryContents with(LibrarySheet added) {
        List<LibrarySheet> more = new ArrayList<>(sheets);
        more.add(added);
        return new LibraryContents(more, gateways, unreadable);
    }

    /** These contents without the sheet {@code id}. */
    public LibraryContents without(String id) {
        return new LibraryContents(sheets.stream().filter(sheet -> !sheet.id().equalsIgnoreCase(id)).toList(),
                gateways, unreadable);
    }
}
