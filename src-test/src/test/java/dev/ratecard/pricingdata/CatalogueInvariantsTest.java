package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules every bundled Ratecard-format file keeps, whatever its kind. */
class CatalogueInvariantsTest {
    /** Money and figure fields outside rates objects. */
    private static final Set<String> AMOUNT_FIELDS = Set.of("token_markup", "per_request_fee", "fraction",
            "minimum_usd", "monthly_fee_usd", "overage_per_block_usd", "usd_per_request", "usd_per_gpu_hour",
            "usd_per_instance_hour", "output_tokens_per_second", "ttft_ms", "tpot_ms", "requests_per_second",
            "discount", "multiplier");
    private static final Set<String> DATE_FIELDS = Set.of("as_of", "effective_from");

    private final BundledData data = new BundledData();

    /** Every bundled Ratecard-format file, by resource path. */
    private List<Map.Entry<String, JsonNode>> ratecardFiles() {
        return data.catalogueEntries().stream()
                .filter(e -> RatecardFormat.ofCatalogueName(e.get("format").asText()).isPresent())
                .map(e -> Map.entry(e.get("path").asText(), data.read(e.get("path").asText())))
                .toList();
    }

    /** Calls back with (JSON path, value) for every rate and every amount, wherever it sits. */
    private static void eachAmount(String path, JsonNode node, boolean inRates, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.properties().forEach(p -> {
                String child = path + "." + p.getKey();
                if (inRates || AMOUNT_FIELDS.contains(p.getKey())) {
                    visit.accept(child, p.getValue());
                } else if (p.getKey().equals("service_tiers")) {
                    p.getValue().properties().forEach(t -> eachAmount(child + "." + t.getKey(), t.getValue(), true, visit));
                } else {
                    eachAmount(child, p.getValue(), p.getKey().equals("rates"), visit);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachAmount(path + "[" + i + "]", node.get(i), false, visit);
            }
        }
    }

    @Test
    void noRateOrAmountAnywhereIsNegativeOrUnreadable() {
        List<String> bad = new ArrayList<>();
        int[] checked = {0};
        for (Map.Entry<String, JsonNode> file : ratecardFiles()) {
            eachAmount(file.getKey() + " $", file.getValue(), false, (path, value) -> {
                checked[0]++;
                try {
                    if (new BigDecimal(value.asText()).signum() < 0) {
                        bad.add(path + " = " + value.asText() + " (negative)");
                    }
                } catch (NumberFormatException e) {
                    bad.add(path + " = " + value + " (not a decimal)");
                }
            });
        }

        assertEquals(List.of(), bad);
        assertTrue(checked[0] > 500, "the walk found only " + checked[0] + " amounts");
    }

    @Test
    void everyRateAndAmountIsWrittenAsADecimalString() {
        // JSON numbers are accepted from users, but Ratecard writes strings so that no reader sees a double.
        List<String> numbers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : ratecardFiles()) {
            eachAmount(file.getKey() + " $", file.getValue(), false, (path, value) -> {
                if (!value.isTextual()) {
                    numbers.add(path + " = " + value);
                }
            });
        }

        assertEquals(List.of(), numbers);
    }

    @Test
    void everyPriceEntryHasASourceAndADateOfItsOwnOrItsSheets() {
        List<String> unsourced = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            JsonNode top = sheet.getValue();
            top.get("entries").forEach(e -> {
                boolean source = hasText(e, "source") || hasText(top, "source");
                boolean asOf = hasText(e, "as_of") || hasText(top, "as_of");
                if (!source || !asOf) {
                    unsourced.add(sheet.getKey() + " " + e.get("model").asText());
                }
            });
        }

        assertEquals(List.of(), unsourced);
    }

    @Test
    void everyGatewayOfferAndProfileHasItsOwnSourceAndDate() {
        List<String> unsourced = new ArrayList<>();
        for (String kind : List.of("gateways", "gpu-offers", "throughput")) {
            for (JsonNode entry : data.entriesOfKind(kind)) {
                JsonNode file = data.read(entry.get("path").asText());
                String items = switch (kind) {
                    case "gateways" -> "gateways";
                    case "gpu-offers" -> "offers";
                    default -> "profiles";
                };
                file.get(items).forEach(item -> {
                    if (!hasText(item, "source") || !hasText(item, "as_of")) {
                        unsourced.add(kind + " " + item);
                    }
                });
            }
        }

        assertEquals(List.of(), unsourced);
    }

    @Test
    void everyDateIsARealCalendarDay() {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : ratecardFiles()) {
            for (String field : DATE_FIELDS) {
                for (String text : file.getValue().findValuesAsText(field)) {
                    try {
                        LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        bad.add(file.getKey() + " " + field + " = " + text);
                    }
                }
            }
        }

        assertEquals(List.of(), bad);
    }

    @Test
    void aModelNameOrAliasNamesOneEntryPerSheet() {
        // Two entries answering to one name would make model matching depend on file order.
        List<String> repeated = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            Set<String> seen = new HashSet<>();
            sheet.getValue().get("entries").forEach(e -> {
                List<String> names = new ArrayList<>(List.of(e.get("model").asText()));
                e.path("aliases").forEach(a -> names.add(a.asText()));
                names.forEach(n -> {
                    if (!seen.add(n.toLowerCase())) {
                        repeated.add(sheet.getKey() + ": " + n);
                    }
                });
            });
        }

        assertEquals(List.of(), repeated);
    }

    @Test
    void everyEntryPricesInputAndOutput() {
        List<String> incomplete = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            sheet.getValue().get("entries").forEach(e -> {
                JsonNode rates = e.get("rates");
                if (!rates.has("uncached_input") || !rates.has("output_text")) {
                    incomplete.add(sheet.getKey() + " " + e.get("model").asText());
                }
            });
        }

        assertEquals(List.of(), incomplete);
    }

    @Test
    void tiersAscendByThresholdAndACacheReadNeverCostsMoreThanUncachedInput() {
        // A cache read dearer than a fresh token would mean two columns were swapped on import.
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            sheet.getValue().get("entries").forEach(e -> {
                String name = sheet.getKey() + " " + e.get("model").asText();
                long previous = -1;
                for (JsonNode tier : e.path("tiers")) {
                    long threshold = tier.get("threshold").asLong();
                    if (threshold <= previous) {
                        bad.add(name + " tier " + threshold + " after " + previous);
                    }
                    previous = threshold;
                    checkCacheRead(name + " tier " + threshold, tier.get("rates"), bad);
                }
                checkCacheRead(name, e.get("rates"), bad);
            });
        }

        assertEquals(List.of(), bad);
    }

    private static void checkCacheRead(String name, JsonNode rates, List<String> bad) {
        if (rates.has("cache_read") && rates.has("uncached_input")
                && new BigDecimal(rates.get("cache_read").asText())
                .compareTo(new BigDecimal(rates.get("uncached_input").asText())) > 0) {
            bad.add(name + ": cache_read " + rates.get("cache_read").asText() + " > uncached_input "
                    + rates.get("uncached_input").asText());
        }
    }

    @Test
    void explicitBatchRatesAreBelowTheListRates() {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            sheet.getValue().get("entries").forEach(e -> e.path("batch").path("rates").properties().forEach(r -> {
                BigDecimal list = new BigDecimal(e.get("rates").get(r.getKey()).asText());
                if (new BigDecimal(r.getValue().asText()).compareTo(list) >= 0) {
                    bad.add(sheet.getKey() + " " + e.get("model").asText() + " " + r.getKey());
                }
            }));
        }

        assertEquals(List.of(), bad);
    }

    private static boolean hasText(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank();
    }
}
