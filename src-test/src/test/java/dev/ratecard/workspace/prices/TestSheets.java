package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.prices.read.CatalogueItem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sheets and fee models written in the tests themselves, so that every figure a test checks has its rate beside it. */
final class TestSheets {
    static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);
    static final Provenance SOURCE = Provenance.of("rates written in the test", AS_OF);

    private TestSheets() {
    }

    static PriceEntry.Builder entry(String provider, String model, String route, Rates rates) {
        return PriceEntry.builder(provider, model).route(route).rates(rates).provenance(SOURCE);
    }

    static LibrarySheet sheet(String id, PriceSheetFormat format, LocalDate asOf, PriceEntry... entries) {
        PriceSheet sheet = new PriceSheet(id, id + " (test)", format, Provenance.of("written in the test", asOf),
                List.of(entries), Map.of());
        return new LibrarySheet(sheet, new SheetOrigin.OpenedFile(Path.of(id + ".json")), List.of());
    }

    static CatalogueItem<GatewayFeeModel> gateway(GatewayFeeModel model, Map<String, String> unreadFields) {
        return new CatalogueItem<>(model, SourceRef.wholeFile("gateways.json"), unreadFields);
    }

    static CatalogueItem<GatewayFeeModel> gateway(GatewayFeeModel model) {
        return gateway(model, Map.of());
    }
}
