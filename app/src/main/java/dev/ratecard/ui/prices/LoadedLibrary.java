package dev.ratecard.ui.prices;

import dev.ratecard.workspace.prices.LibraryContents;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.RouteComparer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The library as the screen uses it: its contents, a row per price, and the comparer over all of it. Built off the
 * UI thread (the comparer indexes every name), then handed over whole.
 */
record LoadedLibrary(LibraryContents contents, List<CatalogueRow> rows, RouteComparer comparer) {
    LoadedLibrary {
        Objects.requireNonNull(contents, "contents");
        rows = List.copyOf(rows);
        Objects.requireNonNull(comparer, "comparer");
    }

    static LoadedLibrary of(LibraryContents contents, YearMonth month) {
        List<CatalogueRow> rows = new ArrayList<>(contents.entryCount());
        for (LibrarySheet sheet : contents.sheets()) {
            sheet.entries().forEach(entry -> rows.add(CatalogueRow.of(sheet, entry)));
        }
        return new LoadedLibrary(contents, rows, new RouteComparer(contents, month));
    }
}
