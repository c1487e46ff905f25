package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.catalogue.CatalogueEntry;

import java.util.Optional;

/**
 * Scenario references resolved against the catalogue bundled with Ratecard. Sheets are read when a scenario first
 * names them (the LiteLLM snapshot alone takes a noticeable time), through {@link BundledCatalogue}'s readers.
 */
public final class BundledScenarioCatalogue implements ScenarioCatalogue {
    private final BundledCatalogue catalogue;

    public BundledScenarioCatalogue(BundledCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean hasSheet(String sheetId) {
        return sheetEntry(sheetId).isPresent();
    }

    @Override
    public Optional<PriceEntry> priceEntry(String sheetId, String model) {
        return sheetEntry(sheetId).map(this::sheet).flatMap(sheet -> find(sheet, model));
    }

    static Optional<PriceEntry> find(PriceSheet sheet, String model) {
        return sheet.entries().stream().filter(e -> e.model().equals(model) || e.aliases().contains(model)).findFirst()
                .or(() -> sheet.entries().stream().filter(e -> e.model().equalsIgnoreCase(model)).findFirst());
    }

    private Optional<CatalogueEntry> sheetEntry(String sheetId) {
        return catalogue.find(sheetId).filter(e -> e.kind() == CatalogueEntry.Kind.PRICE_SHEET);
    }

    private PriceSheet sheet(CatalogueEntry entry) {
        return bundled(() -> catalogue.sheet(entry).sheet());
    }

    @Override
    public Optional<GatewayFeeModel> gateway(String id) {
        return bundled(() -> catalogue.gateways().values()).stream().filter(g -> g.id().equals(id)).findFirst();
    }

    @Override
    public Optional<GpuOffer> gpuOffer(String id) {
        return bundled(() -> catalogue.gpuOffers().values()).stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public Optional<ThroughputProfile> throughput(String id) {
        return bundled(() -> catalogue.throughput().values()).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private interface Read<T> {
        T get() throws ImportException;
    }

    /** A bundled file that does not read is a broken build, not bad user input. */
    private static <T> T bundled(Read<T> read) {
        try {
            return read.get();
        } catch (ImportException e) {
            throw new IllegalStateException("a bundled catalogue file does not read: " + e.getMessage(), e);
        }
    }
}
