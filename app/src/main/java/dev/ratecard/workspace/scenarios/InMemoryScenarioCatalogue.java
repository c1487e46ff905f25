package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.ThroughputProfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A {@link ScenarioCatalogue} over records already read: the bundled catalogue, a user's sheets, or a test's. */
public final class InMemoryScenarioCatalogue implements ScenarioCatalogue {
    private final Map<String, PriceSheet> sheets;
    private final Map<String, GatewayFeeModel> gateways;
    private final Map<String, GpuOffer> offers;
    private final Map<String, ThroughputProfile> profiles;

    public InMemoryScenarioCatalogue(List<PriceSheet> sheets, List<GatewayFeeModel> gateways, List<GpuOffer> offers,
                                     List<ThroughputProfile> profiles) {
        this.sheets = byId(sheets, PriceSheet::id);
        this.gateways = byId(gateways, GatewayFeeModel::id);
        this.offers = byId(offers, GpuOffer::id);
        this.profiles = byId(profiles, ThroughputProfile::id);
    }

    public static InMemoryScenarioCatalogue empty() {
        return new InMemoryScenarioCatalogue(List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    @Override
    public boolean hasSheet(String sheetId) {
        return sheets.containsKey(sheetId);
    }

    @Override
    public Optional<PriceEntry> priceEntry(String sheetId, String model) {
        PriceSheet sheet = sheets.get(sheetId);
        if (sheet == null) {
            return Optional.empty();
        }
        return BundledScenarioCatalogue.find(sheet, model);
    }

    @Override
    public Optional<GatewayFeeModel> gateway(String id) {
        return Optional.ofNullable(gateways.get(id));
    }

    @Override
    public Optional<GpuOffer> gpuOffer(String id) {
        return Optional.ofNullable(offers.get(id));
    }

    @Override
    public Optional<ThroughputProfile> throughput(String id) {
        return Optional.ofNullable(profiles.get(id));
    }
}
