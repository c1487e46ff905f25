package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sheet entry taken from the LiteLLM snapshot (its source names the key) holds exactly the snapshot's
 * per-token figures times 1,000,000: the conversion to per-1M decimal strings lost or invented nothing.
 */
class SheetsAgreeWithTheLiteLlmSnapshotTest {
    private static final String SNAPSHOT = BundledData.ROOT + "snapshots/litellm-2026-07-24.json";
    private static final Pattern KEY = Pattern.compile("snapshots/litellm-2026-07-24\\.json, key \"([^\"]+)\"");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** LiteLLM's per-token field for each bucket the sheets carry. */
    private static final Map<String, String> BUCKET_OF = Map.of(
            "input_cost_per_token", "uncached_input",
            "output_cost_per_token", "output_text",
            "cache_read_input_token_cost", "cache_read",
            "cache_creation_input_token_cost", "cache_write_5m",
            "cache_creation_input_token_cost_above_1hr", "cache_write_1h",
            "output_cost_per_reasoning_token", "reasoning",
            "input_cost_per_audio_token", "audio_input",
            "output_cost_per_audio_token", "audio_output");

    private final BundledData data = new BundledData();

    private record Sourced(String sheet, JsonNode entry, JsonNode litellm) {
        String name() {
            return sheet + " " + entry.get("model").asText();
        }
    }

    private List<Sourced> sourcedEntries() {
        JsonNode snapshot = data.read(SNAPSHOT);
        List<Sourced> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            sheet.getValue().get("entries").forEach(e -> {
                Matcher m = KEY.matcher(e.path("source").asText());
                if (m.find()) {
                    JsonNode litellm = snapshot.get(m.group(1));
                    assertTrue(litellm != null, sheet.getKey() + " names a key the snapshot lacks: " + m.group(1));
                    found.add(new Sourced(sheet.getKey(), e, litellm));
                }
            });
        }
        return found;
    }

    /** Where the sheet says a per-1M rate is, the snapshot's per-token figure must be the same value. */
    private static void compare(String where, JsonNode litellm, String suffix, JsonNode rates, List<String> wrong) {
        BUCKET_OF.forEach((field, bucket) -> {
            JsonNode perToken = litellm.get(field + suffix);
            if (perToken == null && bucket.equals("cache_read")) {
                perToken = litellm.get("input_cost_per_token_cache_hit" + suffix); // DeepSeek's name for it
            }
            boolean listed = perToken != null && perToken.decimalValue().signum() > 0;
            JsonNode perMillion = rates.get(bucket);
            if (listed != (perMillion != null)) {
                wrong.add(where + " " + bucket + ": snapshot " + perToken + ", sheet " + perMillion);
            } else if (listed && perToken.decimalValue().multiply(MILLION)
                    .compareTo(new BigDecimal(perMillion.asText())) != 0) {
                wrong.add(where + " " + bucket + ": snapshot " + perToken.decimalValue().toPlainString()
                        + " per token, sheet " + perMillion.asText() + " per 1M");
            }
        });
    }

    @Test
    void mostEntriesComeFromTheSnapshot() {
        assertTrue(sourcedEntries().size() >= 130, "only " + sourcedEntries().size() + " entries name a key");
    }

    @Test
    void baseRatesAreTheSnapshotsTimesOneMillion() {
        List<String> wrong = new ArrayList<>();
        for (Sourced s : sourcedEntries()) {
            JsonNode litellm = s.litellm().has("tiered_pricing") ? s.litellm().get("tiered_pricing").get(0) : s.litellm();
            compare(s.name(), litellm, "", s.entry().get("rates"), wrong);
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void contextTiersAreTheSnapshotsAboveThresholdRates() {
        List<String> wrong = new ArrayList<>();
        for (Sourced s : sourcedEntries()) {
            for (JsonNode tier : s.entry().path("tiers")) {
                long threshold = tier.get("threshold").asLong();
                assertEquals(">", tier.get("comparison").asText(), s.name() + ": LiteLLM tiers are strict");
                assertEquals("whole_request", tier.get("scope").asText(), s.name());
                if (s.litellm().has("tiered_pricing")) {
                    JsonNode range = rangeStartingAt(s.litellm().get("tiered_pricing"), threshold);
                    compare(s.name() + " >" + threshold, range, "", tier.get("rates"), wrong);
                } else {
                    compare(s.name() + " >" + threshold, s.litellm(), "_above_" + threshold / 1000 + "k_tokens",
                            tier.get("rates"), wrong);
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    private static JsonNode rangeStartingAt(JsonNode tiers, long start) {
        for (JsonNode t : tiers) {
            if (t.get("range").get(0).decimalValue().compareTo(BigDecimal.valueOf(start)) == 0) {
                return t;
            }
        }
        throw new AssertionError("no tiered_pricing range starts at " + start);
    }

    @Test
    void explicitBatchAndServiceTierRatesAreTheSnapshots() {
        List<String> wrong = new ArrayList<>();
        for (Sourced s : sourcedEntries()) {
            JsonNode batch = s.entry().path("batch").path("rates");
            batch.properties().forEach(r -> {
                String field = r.getKey().equals("uncached_input") ? "input_cost_per_token" : "output_cost_per_token";
                BigDecimal perToken = s.litellm().get(field + "_batches").decimalValue();
                if (perToken.multiply(MILLION).compareTo(new BigDecimal(r.getValue().asText())) != 0) {
                    wrong.add(s.name() + " batch " + r.getKey());
                }
            });
            for (String tier : List.of("priority", "flex")) {
                JsonNode rates = s.entry().path("service_tiers").get(tier);
                if (rates != null) {
                    compare(s.name() + " " + tier, s.litellm(), "_" + tier, rates, wrong);
                }
            }
        }

        assertEquals(List.of(), wrong);
    }
}
