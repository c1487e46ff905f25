package dev.ratecard.ui.prices;

import dev.ratecard.importers.Progress;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.prices.PriceSheetFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The changes between January's and March's Acme sheets (see SheetComparerTest): output $8 → $6 and a new cache
 * read on acme-large, its tier input $4 → $5 and a new 50 % batch discount, acme-mini's output $0.40 → $0.30, two
 * models removed and two added.
 */
class SheetChangesViewModelTest {
    @TempDir
    Path folder;
    private final SheetChangesViewModel model = new SheetChangesViewModel(new CurrentThreadTaskExecutor());
    private LibrarySheet january;
    private LibrarySheet march;

    @BeforeEach
    void compareJanuaryWithMarch() throws Exception {
        PriceLibrary library = new PriceLibrary(BundledCatalogue.load(), folder.resolve("price-sheets"));
        january = library.read(PriceSheetFixtures.copy("acme-2026-01-01.json", folder), Progress.NONE);
        march = library.read(PriceSheetFixtures.copy("acme-2026-03-01.json", folder), Progress.NONE);
        model.useSheets(List.of(january, march));
        model.compare(january, march);
    }

    @Test
    void namesBothSheetsWithTheirDatesAndCountsTheChanges() {
        assertEquals("From Acme list prices (acme-2026-01-01, as of 2026-01-01) to Acme list prices (acme-2026-03-01, "
                + "as of 2026-03-01): 3 models in both, 1 unchanged; 2 added, 2 removed. Showing 9 of 9 changes.",
                model.summaryProperty().get());
    }

    @Test
    void showsOnlyTheKindOfChangeAsked() {
        model.showProperty().set(SheetChangesViewModel.Show.LOWERED);

        assertEquals(List.of("acme-large Output $8.00 → $6.00 −25%", "acme-mini-1-5 Output $0.40 → $0.30 −25%"), lines());

        model.showProperty().set(SheetChangesViewModel.Show.ADDED);
        assertEquals(List.of("acme-x   →", "acme-new   →"), lines());
    }

    @Test
    void filtersByProviderOrModel() {
        model.filterProperty().set("MINI");

        assertEquals(List.of("acme-mini-1-5 Output $0.40 → $0.30 −25%"), lines());
        assertEquals("Showing 1 of 9 changes.", model.summaryProperty().get().substring(
                model.summaryProperty().get().indexOf("Showing")));
    }

    @Test
    void sortsByTheTablesColumnWithBlanksLast() {
        model.showProperty().set(SheetChangesViewModel.Show.RATES);

        model.sortOrderProperty().set(ChangeColumn.PERCENT.comparator());

        // −25 %, −25 %, +25 %, then the new rates that have no percentage.
        assertEquals(List.of("−25%", "−25%", "+25%", "", ""), model.changes().stream()
                .map(ChangeColumn.PERCENT::text).toList());
        assertEquals("Tier > 200,000: Input", ChangeColumn.WHAT.text(model.changes().get(2)));
    }

    @Test
    void forgetsTheComparisonWhenASheetIsGone() {
        model.useSheets(List.of(march));

        assertNull(model.beforeProperty().get());
        assertNull(model.diffProperty().get());
        assertEquals(List.of(), model.changes());
    }

    private List<String> lines() {
        return model.changes().stream().map(change -> (change.model() + " " + ChangeColumn.WHAT.text(change) + " "
                + ChangeColumn.BEFORE.text(change) + " → " + ChangeColumn.AFTER.text(change) + " "
                + ChangeColumn.PERCENT.text(change)).strip()).toList();
    }
}
