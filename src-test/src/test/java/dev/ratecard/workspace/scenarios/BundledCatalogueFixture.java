package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheet;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.model.UsageBucket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled catalogue as records, read here from the resource files for the scenario tests (the fields of
 * docs/formats/price-sheet.md), so that the example scenarios resolve against the real bundled figures. The
 * OpenRouter snapshot contributes the few models the examples name.
 */
final class BundledCatalogueFixture {
    private static final String ROOT = "/dev/ratecard/pricingdata/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BundledCatalogueFixture() {
    }

    static InMemoryScenarioCatalogue catalogue() {
        List<PriceSheet> sheets = new ArrayList<>();
        for (String id : List.of("openai", "together", "deepseek", "deepinfra")) {
            sheets.add(sheet(read("sheets/" + id + ".json")));
        }
        sheets.add(openRouter(read("snapshots/openrouter-2026-08-01.json"),
                List.of("openai/gpt-4o", "qwen/qwen-2.5-72b-instruct", "deepseek/deepseek-chat")));
        return new InMemoryScenarioCatalogue(sheets, gateways(read("gateways.json")), offers(read("gpu-offers.json")),
                profiles(read("throughput.json")));
    }

    private static JsonNode read(String path) {
        try (InputStream in = BundledCatalogueFixture.class.getResourceAsStream(ROOT + path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal dec(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }

    private static Provenance provenance(JsonNode item, JsonNode file) {
        String source = item.hasNonNull("source") ? item.get("source").asText() : file.get("source").asText();
        String asOf = item.hasNonNull("as_of") ? item.get("as_of").asText() : file.get("as_of").asText();
        return Provenance.of(source, LocalDate.parse(asOf));
    }

    private static Rates rates(JsonNode rates) {
        Rates.Builder b = Rates.builder();
        rates.fields().forEachRemaining(f -> {
            UsageBucket bucket = UsageBucket.fromKey(f.getKey().equals("input") ? "uncached_input"
                    : f.getKey().equals("output") ? "output_text" : f.getKey()).orElseThrow();
            if (bucket.isToken()) {
                b.setPerMillion(bucket, dec(f.getValue()));
            } else {
                b.set(bucket, dec(f.getValue()));
            }
        });
        return b.build();
    }

    private static PriceSheet sheet(JsonNode file) {
        List<PriceEntry> entries = new ArrayList<>();
        for (JsonNode e : file.get("entries")) {
            PriceEntry.Builder b = PriceEntry.builder(e.path("provider").asText(file.get("provider").asText()),
                    e.get("model").asText()).rates(rates(e.get("rates"))).provenance(provenance(e, file));
            e.path("aliases").forEach(a -> b.alias(a.asText()));
            JsonNode batch = e.get("batch");
            if (batch != null) {
                b.batch(new BatchPricing(batch.has("rates") ? rates(batch.get("rates")) : Rates.EMPTY, dec(batch.get("discount"))));
            }
            entries.add(b.build());
        }
        return new PriceSheet(file.get("id").asText(), file.get("name").asText(), PriceSheetFormat.values()[0],
                Provenance.of(file.get("source").asText(), LocalDate.parse(file.get("as_of").asText())), entries, Map.of());
    }

    private static PriceSheet openRouter(JsonNode file, List<String> models) {
        Provenance p = Provenance.of("https://openrouter.ai/api/v1/models (snapshots/openrouter-2026-08-01.json)",
                LocalDate.parse("2026-08-01"));
        List<PriceEntry> entries = new ArrayList<>();
        for (JsonNode m : file.get("data")) {
            if (models.contains(m.get("id").asText())) {
                JsonNode pricing = m.get("pricing");
                Rates.Builder r = Rates.builder().set(UsageBucket.UNCACHED_INPUT, dec(pricing.get("prompt")))
                        .set(UsageBucket.OUTPUT_TEXT, dec(pricing.get("completion")));
                if (pricing.has("input_cache_read")) {
                    r.set(UsageBucket.CACHE_READ, dec(pricing.get("input_cache_read")));
                }
                entries.add(PriceEntry.builder("openrouter", m.get("id").asText()).route("openrouter").rates(r.build())
                        .provenance(p).build());
            }
        }
        return new PriceSheet("openrouter", "OpenRouter", PriceSheetFormat.values()[0], p, entries, Map.of());
    }

    private static List<GatewayFeeModel> gateways(JsonNode file) {
        List<GatewayFeeModel> out = new ArrayList<>();
        for (JsonNode g : file.get("gateways")) {
            JsonNode t = g.get("top_up");
            JsonNode byok = g.get("byok");
            List<GatewayFeeModel.GatewayPlan> plans = new ArrayList<>();
            for (JsonNode plan : g.path("plans")) {
                plans.add(new GatewayFeeModel.GatewayPlan(plan.get("name").asText(), dec(plan.get("monthly_fee_usd")),
                        plan.path("included_requests").asLong(0), dec(plan.get("overage_per_block_usd")),
                        plan.path("block_size").asLong(0)));
            }
            out.add(new GatewayFeeModel(g.get("id").asText(), g.get("name").asText(), g.get("route").asText(),
                    provenance(g, g), dec(g.get("token_markup")), dec(g.get("per_request_fee")),
                    t == null ? null : new GatewayFeeModel.TopUpFee(dec(t.get("fraction")), dec(t.get("minimum_usd")),
                            t.path("method").asText(null)),
                    byok == null ? null : new GatewayFeeModel.ByokFee(dec(byok.get("fraction")),
                            byok.get("free_requests_per_month").asLong()),
                    plans, g.path("markup_is_user_setting").asBoolean(), g.path("notes").asText(null)));
        }
        return out;
    }

    private static List<GpuOffer> offers(JsonNode file) {
        List<GpuOffer> out = new ArrayList<>();
        for (JsonNode o : file.get("offers")) {
            out.add(new GpuOffer(o.get("id").asText(), o.get("provider").asText(), o.get("product").asText(),
                    o.get("gpu").asText(), o.get("gpu_memory_gb").asInt(), o.get("gpus_per_instance").asInt(),
                    dec(o.get("usd_per_gpu_hour")), o.get("pricing_model").asText(), o.path("region").asText(null),
                    provenance(o, o)));
        }
        return out;
    }

    private static List<ThroughputProfile> profiles(JsonNode file) {
        List<ThroughputProfile> out = new ArrayList<>();
        for (JsonNode p : file.get("profiles")) {
            out.add(new ThroughputProfile(p.get("id").asText(), p.get("model").asText(), p.get("engine").asText(),
                    p.path("engine_version").asText(null), p.path("precision").asText(null), p.get("gpu").asText(),
                    p.get("gpu_count").asInt(), p.path("workload").asText(null),
                    p.hasNonNull("input_tokens") ? p.get("input_tokens").asInt() : null,
                    p.hasNonNull("output_tokens") ? p.get("output_tokens").asInt() : null,
                    p.hasNonNull("concurrency") ? p.get("concurrency").asInt() : null,
                    dec(p.get("output_tokens_per_second")), dec(p.get("ttft_ms")), p.path("authority").asText(null),
                    p.path("proxy_for").asText(null), provenance(p, p)));
        }
        return out;
    }
}
