package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Ratecard rates object: bucket name → decimal string. Token buckets are per 1,000,000 tokens, so the
 * sheet reads the way prices are published; {@code requests} is per request and {@code web_search} per call.
 * {@code input} and {@code output} are shorthands for {@code uncached_input} and {@code output_text}. A
 * name that is no bucket is an error rather than an "other field": in a rates object it is a typo that
 * would otherwise leave a bucket unpriced without anyone noticing.
 */
final class RatecardRates {
    static final Map<String, UsageBucket> SHORTHANDS =
            Map.of("input", UsageBucket.UNCACHED_INPUT, "output", UsageBucket.OUTPUT_TEXT);
    private static final String BUCKET_NAMES = UsageBucket.all().stream().map(UsageBucket::key)
            .collect(Collectors.joining(", "));

    private RatecardRates() {
    }

    /** The bucket a rates key or CSV column names, shorthands included. */
    static Optional<UsageBucket> bucket(String name) {
        UsageBucket shorthand = SHORTHANDS.get(name);
        return shorthand != null ? Optional.of(shorthand) : UsageBucket.fromKey(name).filter(b -> b.key().equals(name));
    }

    /** A rate as written in a sheet (per 1M tokens for token buckets) as a rate per unit. */
    static BigDecimal perUnit(UsageBucket bucket, BigDecimal written) {
        return bucket.isToken() ? written.movePointLeft(6) : written;
    }

    /** Reads a rates object; problems are logged on {@code owner}. An empty object is a problem. */
    static Rates read(JsonNode node, JsonSite site, JsonFields owner) {
        if (!node.isObject()) {
            owner.fail(site.error(JsonValues.sourceText(node), "must be an object of bucket rates"));
            return Rates.EMPTY;
        }
        if (node.isEmpty()) {
            owner.fail(site.error("{}", "has no rates; give at least one"));
        }
        Rates.Builder rates = Rates.builder();
        Map<UsageBucket, String> namedAs = new EnumMap<>(UsageBucket.class);
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            JsonSite at = site.member(member.getKey());
            Optional<UsageBucket> bucket = bucket(member.getKey());
            if (bucket.isEmpty()) {
                owner.fail(at.error(member.getKey(), "not a bucket; buckets are " + BUCKET_NAMES
                        + " (input and output are accepted for uncached_input and output_text)"));
                continue;
            }
            String earlier = namedAs.putIfAbsent(bucket.get(), member.getKey());
            if (earlier != null) {
                owner.fail(at.error(JsonValues.sourceText(member.getValue()),
                        "gives the " + bucket.get().key() + " rate a second time (also given as " + earlier + ")"));
                continue;
            }
            if (member.getValue().isNull()) {
                owner.fail(at.error("null", "not a rate; leave the bucket out if it has no rate"));
                continue;
            }
            BigDecimal written = owner.attempt(() -> JsonValues.rate(member.getValue(), at));
            if (written != null) {
                rates.set(bucket.get(), perUnit(bucket.get(), written));
            }
        }
        return rates.build();
    }
}
