package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.prices.parse.ExactJson;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.CatalogueReader;
import dev.ratecard.importers.prices.read.SheetInput;

import java.math.BigDecimal;

/**
 * Reads measured serving throughputs ({@code "format": "ratecard-throughput"}): a whole replica's output
 * tokens per second at a stated load. The request shape (input and output tokens, concurrency) is read where
 * the source states it; benchmarks run on a dataset (ShareGPT) have none and say so in {@code workload}.
 */
public final class ThroughputProfileReader implements CatalogueReader<ThroughputProfile> {
    static final String FORMAT = "ratecard-throughput";

    private final ExactJson json = ExactJson.strict();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public CatalogueRead<ThroughputProfile> read(SheetInput input) throws ImportException {
        return CatalogueFile.read(json, input, FORMAT, "profiles", ThroughputProfileReader::profile, ThroughputProfile::id);
    }

    private static ThroughputProfile profile(JsonFields item, CatalogueFile.ItemDefaults defaults) {
        String id = item.text("id", true);
        String model = item.text("model", true);
        String proxyFor = item.text("proxy_for", false);
        String engine = item.text("engine", false);
        String engineVersion = item.text("engine_version", false);
        String precision = item.text("precision", false);
        String gpu = item.text("gpu", true);
        Integer gpuCount = item.count("gpu_count", true, 1);
        String workload = item.text("workload", false);
        Integer inputTokens = item.count("input_tokens", false, 1);
        Integer outputTokens = item.count("output_tokens", false, 1);
        Integer concurrency = item.count("concurrency", false, 1);
        BigDecimal tokensPerSecond = item.positive("output_tokens_per_second", true);
        BigDecimal ttftMs = item.positive("ttft_ms", false);
        String authority = item.text("authority", false);
        Provenance provenance = defaults.provenance(item, "note");
        if (!item.ok() || provenance == null) {
            return null;
        }
        return new ThroughputProfile(id, model, engine, engineVersion, precision, gpu, gpuCount, workload, inputTokens,
                outputTokens, concurrency, tokensPerSecond, ttftMs, authority, proxyFor, provenance);
    }
}
