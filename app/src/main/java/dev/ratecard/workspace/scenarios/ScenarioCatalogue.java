package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.ThroughputProfile;

import java.util.Optional;

/** What a scenario file can refer to: price entries by sheet and model, gateway fee models, GPU offers and throughput profiles by id. */
public interface ScenarioCatalogue {
    boolean hasSheet(String sheetId);

    /** The entry for {@code model} (its id or one of its aliases) in sheet {@code sheetId}. */
    Optional<PriceEntry> priceEntry(String sheetId, String model);

    Optional<GatewayFeeModel> gateway(String id);

    Optional<GpuOffer> gpuOffer(String id);

    Optional<ThroughputProfile> throughput(String id);
}
