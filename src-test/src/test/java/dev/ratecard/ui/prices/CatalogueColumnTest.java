package dev.ratecard.ui.prices;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.SheetOrigin;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the catalogue's cells say and how its columns sort, on entries written here. */
class CatalogueColumnTest {
    private static final Provenance SOURCE = Provenance.of("rates written in the test", LocalDate.of(2026, 8, 1));

    private static CatalogueRow row(String model, String input, String output, String reasoning) {
        Rates.Builder rates = Rates.builder();
        if (input != null) {
            rates.setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal(input));
        }
        if (output != null) {
            rates.setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal(output));
        }
        if (reasoning != null) {
            rates.setPerMillion(UsageBucket.REASONING, new BigDecimal(reasoning));
        }
        PriceEntry entry = PriceEntry.builder("acme", model).rates(rates.build()).provenance(SOURCE).build();
        PriceSheet sheet = new PriceSheet("acme", "Acme", PriceSheetFormat.RATECARD_JSON, SOURCE, List.of(entry), Map.of());
        return CatalogueRow.of(new LibrarySheet(sheet, new SheetOrigin.OpenedFile(Path.of("acme.json")), List.of()), entry);
    }

    @Test
    void showsRatesAsTheSheetStatesThemAndADashWhereThereIsNone() {
        CatalogueRow row = row("acme-large", "0.075", null, null);

        assertEquals("$0.075", CatalogueColumn.INPUT.text(row));
        assertEquals("—", CatalogueColumn.OUTPUT.text(row));
        assertEquals("—", CatalogueColumn.REASONING.text(row), "no output rate to fall back on either");
    }

    @Test
    void saysReasoningIsBilledAsOutputWhereTheSheetGivesItNoRate() {
        assertEquals("as output", CatalogueColumn.REASONING.text(row("acme-large", "2", "8", null)));
        assertEquals("$12.00", CatalogueColumn.REASONING.text(row("acme-think", "2", "8", "12")));
    }

    @Test
    void sortsReasoningByTheRateItIsBilledAtAndMissingRatesLast() {
        List<CatalogueRow> rows = new ArrayList<>(List.of(row("no-rates", null, null, null), row("think", "1", "8", "12"),
                row("plain", "1", "10", null), row("cheap", "1", "2", null)));

        rows.sort(CatalogueColumn.REASONING.comparator());

        // cheap bills reasoning at its $2 output rate, plain at $10, think at its own $12; no-rates has neither.
        assertEquals(List.of("cheap", "plain", "think", "no-rates"), rows.stream().map(r -> r.entry().model()).toList());
    }
}
