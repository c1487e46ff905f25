package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.CatalogueReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.math.BigDecimal;

/**
 * Reads GPU rental offers ({@code "format": "ratecard-gpu-offers"}): one price per GPU-hour per offer. The
 * instance shape ({@code gpus_per_instance}) and memory are required, because they decide how many GPUs a
 * replica must buy; a published range such as "2.40-6.15" is not a price and is rejected with a hint.
 */
public final class GpuOfferReader implements CatalogueReader<GpuOffer> {
    static final String FORMAT = "ratecard-gpu-offers";

    private final ExactJson json = ExactJson.strict();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public CatalogueRead<GpuOffer> read(SheetInput input) throws ImportException {
        // Offers may repeat a product: a published price range is listed as its low and its high end.
        return CatalogueFile.read(json, input, FORMAT, "offers", GpuOfferReader::offer, null);
    }

    private static GpuOffer offer(JsonFields item, CatalogueFile.ItemDefaults defaults) {
        String id = item.text("id", true);
        String provider = item.text("provider", true);
        String product = item.text("product", false);
        String gpu = item.text("gpu", true);
        Integer memory = item.count("gpu_memory_gb", true, 1);
        Integer perInstance = item.count("gpus_per_instance", true, 1);
        BigDecimal price = price(item);
        String pricingModel = item.text("pricing_model", false);
        String region = item.text("region", false);
        Provenance provenance = defaults.provenance(item, "note");
        if (!item.ok() || provenance == null) {
            return null;
        }
        return new GpuOffer(id, provider, product, gpu, memory, perInstance, price, pricingModel, region, provenance);
    }

    private static BigDecimal price(JsonFields item) {
        String field = "usd_per_gpu_hour";
        JsonNode node = item.node(field);
        if (node != null && node.isTextual() && node.textValue().matches("\\s*\\d+(\\.\\d+)?\\s*-\\s*\\d+(\\.\\d+)?\\s*")) {
            item.fail(item.site(field).error(node.textValue(),
                    "a range is not one price; list the low and high ends as two offers, or the midpoint with a note"));
            return null;
        }
        return item.positive(field, true);
    }
}
