package dev.ratecard.importers.prices.portkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Portkey's {@code pricing_config}: leaves of the form {@code {"price": n}} in <b>US cents</b> per token (per
 * request for {@code fixed_cost.request}, per call for additional units). "Prices are in cents per token, not
 * dollars" (Portkey-AI/models README), so each price is divided by 100 exactly.
 */
final class PortkeyRates {
    static final String PAY_AS_YOU_GO = "pay_as_you_go";
    static final String ADDITIONAL_UNITS = "additional_units";
    static final String FIXED_COST = "fixed_cost";
    static final String BATCH_CONFIG = "batch_config";
    private static final String PRICE = "price";

    static final Map<String, UsageBucket> TOKEN_PRICES = Map.of(
            "request_token", UsageBucket.UNCACHED_INPUT,
            "response_token", UsageBucket.OUTPUT_TEXT,
            "cache_read_input_token", UsageBucket.CACHE_READ,
            "cache_write_input_token", UsageBucket.CACHE_WRITE_5M,
            "reasoning_token", UsageBucket.REASONING,
            "request_audio_token", UsageBucket.AUDIO_INPUT,
            "response_audio_token", UsageBucket.AUDIO_OUTPUT,
            "request_image_token", UsageBucket.IMAGE_INPUT,
            "response_image_token", UsageBucket.IMAGE_OUTPUT);

    private record UnitPrice(String unit, UsageBucket bucket) {
    }

    /**
     * Additional units that are Ratecard buckets, in order of preference: a bucket is taken from the first of
     * its units present. {@code thinking_token} counts only where {@code reasoning_token} is absent, and
     * Perplexity's per-context-size search prices count at the medium size (as LiteLLM prices web search)
     * only where there is no plain {@code web_search} price.
     */
    private static final List<UnitPrice> UNIT_PRICES = List.of(
            new UnitPrice("web_search", UsageBucket.WEB_SEARCH),
            new UnitPrice("web_search_medium_context", UsageBucket.WEB_SEARCH),
            new UnitPrice("cache_write_1h", UsageBucket.CACHE_WRITE_1H),
            new UnitPrice("thinking_token", UsageBucket.REASONING));

    static final String FIXED_REQUEST = "request";

    /** The rates in one {@code pricing_config} and the paths of the prices it holds that are not rates. */
    record Read(Rates rates, Map<String, JsonNode> unused) {
    }

    private PortkeyRates() {
    }

    static Read read(JsonNode pricingConfig, JsonSite site) throws EntryProblem {
        Rates.Builder rates = Rates.builder();
        Map<String, JsonNode> unused = new LinkedHashMap<>();
        JsonNode payg = pricingConfig.path(PAY_AS_YOU_GO);
        JsonSite paygSite = site.member(PAY_AS_YOU_GO);
        for (Map.Entry<String, JsonNode> member : payg.properties()) {
            UsageBucket bucket = TOKEN_PRICES.get(member.getKey());
            if (bucket != null) {
                rates.set(bucket, price(member.getValue(), paygSite.member(member.getKey())));
            } else if (!ADDITIONAL_UNITS.equals(member.getKey())) {
                unused.put(PAY_AS_YOU_GO + "." + member.getKey(), member.getValue());
            }
        }
        JsonNode units = payg.path(ADDITIONAL_UNITS);
        Set<String> usedUnits = new HashSet<>();
        for (UnitPrice unitPrice : UNIT_PRICES) {
            JsonNode unit = units.get(unitPrice.unit());
            if (unit != null && !rates.has(unitPrice.bucket())) {
                rates.set(unitPrice.bucket(), price(unit, paygSite.member(ADDITIONAL_UNITS).member(unitPrice.unit())));
                usedUnits.add(unitPrice.unit());
            }
        }
        for (Map.Entry<String, JsonNode> unit : units.properties()) {
            if (!usedUnits.contains(unit.getKey())) {
                unused.put(PAY_AS_YOU_GO + "." + ADDITIONAL_UNITS + "." + unit.getKey(), unit.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> member : pricingConfig.path(FIXED_COST).properties()) {
            if (FIXED_REQUEST.equals(member.getKey())) {
                rates.set(UsageBucket.REQUESTS, price(member.getValue(), site.member(FIXED_COST).member(FIXED_REQUEST)));
            } else {
                unused.put(FIXED_COST + "." + member.getKey(), member.getValue());
            }
        }
        return new Read(rates.build(), unused);
    }

    /** Batch prices: token prices of the same names as pay-as-you-go. */
    static Read readBatch(JsonNode batchConfig, JsonSite site) throws EntryProblem {
        Rates.Builder rates = Rates.builder();
        Map<String, JsonNode> unused = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : batchConfig.properties()) {
            UsageBucket bucket = TOKEN_PRICES.get(member.getKey());
            if (bucket != null) {
                rates.set(bucket, price(member.getValue(), site.member(member.getKey())));
            } else {
                unused.put(BATCH_CONFIG + "." + member.getKey(), member.getValue());
            }
        }
        return new Read(rates.build(), unused);
    }

    /** A {@code {"price": cents}} leaf as USD. */
    static BigDecimal price(JsonNode leaf, JsonSite site) throws EntryProblem {
        JsonNode price = leaf.get(PRICE);
        if (!leaf.isObject() || price == null) {
            throw site.problem(leaf.toString(), "a price must be an object {\"price\": cents}");
        }
        return JsonValues.rate(price, site.member(PRICE)).movePointLeft(2);
    }
}
