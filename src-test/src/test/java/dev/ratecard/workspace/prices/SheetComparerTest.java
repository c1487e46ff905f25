package dev.ratecard.workspace.prices;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dates of a small hand-made sheet (acme-2026-01-01.json, acme-2026-03-01.json): between them acme-large's
 * output went from $8 to $6, its tier input from $4 to $5, it gained a cache-read rate and a batch discount;
 * acme-small stayed; acme-mini-1.5 was respelled acme-mini-1-5 and its output cut from $0.40 to $0.30; the dated
 * acme-x-2025-12-01 gave way to an undated acme-x; acme-old went and acme-new came.
 */
class SheetComparerTest {
    private static SheetDiff diff;
    private static PriceLibrary library;

    @BeforeAll
    static void compareJanuaryWithMarch(@TempDir Path folder) throws Exception {
        library = new PriceLibrary(BundledCatalogue.load(), folder.resolve("price-sheets"));
        LibrarySheet january = library.read(PriceSheetFixtures.copy("acme-2026-01-01.json", folder), Progress.NONE);
        LibrarySheet march = library.read(PriceSheetFixtures.copy("acme-2026-03-01.json", folder), Progress.NONE);
        diff = new SheetComparer().compare(january, march);
    }

    @Test
    void namesBothSheetsWithTheirDates() {
        assertEquals(LocalDate.of(2026, 1, 1), diff.before().asOf());
        assertEquals(LocalDate.of(2026, 3, 1), diff.after().asOf());
        assertEquals(5, diff.before().entries());
    }

    @Test
    void listsEveryChangeWithOldAndNewRates() {
        assertEquals(List.of(
                        "RATE_ADDED acme acme-large base cache_read null → 0.2",
                        "RATE_LOWERED acme acme-large base output_text 8 → 6",
                        "RATE_RAISED acme acme-large tier > 200000 uncached_input 4 → 5",
                        "RATE_ADDED acme acme-large batch discount null → 50",
                        "RATE_LOWERED acme acme-mini-1-5 base output_text 0.4 → 0.3",
                        "MODEL_REMOVED acme acme-x-2025-12-01  null → null",
                        "MODEL_REMOVED acme acme-old  null → null",
                        "MODEL_ADDED acme acme-x  null → null",
                        "MODEL_ADDED acme acme-new  null → null"),
                diff.changes().stream().map(change -> change.kind() + " " + change.provider() + " " + change.model() + " "
                        + change.what() + " " + plain(change.before()) + " → " + plain(change.after())).toList());
    }

    @Test
    void givesThePercentChangeOfEachRate() {
        // Output $8 → $6: (6 − 8) / 8 = −25 %; tier input $4 → $5: +25 %; a new rate has no percentage.
        assertEquals(List.of(Optional.empty(), Optional.of(new BigDecimal("-25")), Optional.of(new BigDecimal("25")),
                        Optional.empty(), Optional.of(new BigDecimal("-25"))),
                diff.changes().stream().limit(5).map(SheetChange::percentChange).toList());
        assertEquals(SheetChange.RateUnit.PERCENT_OFF, diff.changes().get(3).unit());
        assertEquals(UsageBucket.OUTPUT_TEXT, diff.changes().get(1).bucket());
    }

    @Test
    void pairsAModelWhoseSpellingChangedButNotOneThatLostItsDate() {
        // acme-mini-1.5 = acme-mini-1-5 (dotted version); acme-x-2025-12-01 is a dated snapshot, not acme-x.
        assertEquals(3, diff.paired());
        assertEquals(1, diff.unchanged(), "acme-small");
        assertEquals(2, diff.count(SheetChange.Kind.MODEL_REMOVED));
        assertEquals(2, diff.count(SheetChange.Kind.MODEL_ADDED));
    }

    @Test
    void aSheetComparedWithItselfHasNoChanges() throws Exception {
        LibrarySheet openai = library.load(Progress.NONE).sheet("openai").orElseThrow();

        SheetDiff same = new SheetComparer().compare(openai, openai);

        assertTrue(same.isEmpty());
        assertEquals(openai.entries().size(), same.unchanged());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
