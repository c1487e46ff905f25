package dev.ratecard.pricing;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.RegionUplift;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rate each bucket gets under one set of conditions, in the fee stack's order: the list rate; then a
 * time window's rates (which replace tier rates), else the context tier's; then the service tier's; the
 * reasoning-to-output fallback; batch (an explicit batch rate, else the discount on token buckets, else the
 * standard rate and a flag); and the region's multiplier on tokens, on cache tokens only when the sheet says
 * so. A bucket the tier, window or service tier gives no rate keeps the base rate. Used once per priced
 * group, never per usage row.
 */
final class GroupRates {
    /** Service-tier names that mean "no special tier". */
    private static final Set<String> DEFAULT_SERVICE_TIERS = Set.of("default", "standard", "auto");
    private static final Set<UsageBucket> CACHE = Set.of(UsageBucket.CACHE_READ, UsageBucket.CACHE_WRITE_5M,
            UsageBucket.CACHE_WRITE_1H);

    /** A bucket's rates at each stage, and why; {@code rate == null} when the bucket has no price. */
    record Resolved(BigDecimal listRate, BigDecimal adjustedRate, BigDecimal rate, String basis) {
    }

    private final PriceEntry entry;
    private final TimeWindowRates window;
    private final boolean batch;
    private final String serviceTierName;
    private final Rates serviceTier;
    private final String regionName;
    private final RegionUplift uplift;
    private final Map<PricingFlag, String> notes = new EnumMap<>(PricingFlag.class);

    GroupRates(PriceEntry entry, TimeWindowRates window, boolean batch, String serviceTier, String region) {
        this.entry = entry;
        this.window = window;
        this.batch = batch;
        this.serviceTierName = isDefaultServiceTier(serviceTier) ? null : serviceTier.strip();
        this.serviceTier = serviceTierName == null ? null : find(entry.serviceTiers(), serviceTierName);
        if (serviceTierName != null && this.serviceTier == null) {
            notes.put(PricingFlag.UNKNOWN_SERVICE_TIER, "service tier \"" + serviceTierName + "\"");
        }
        this.regionName = region == null || region.isBlank() ? null : region.strip();
        this.uplift = regionName == null ? null : find(entry.regions(), regionName);
        if (regionName != null && uplift == null && !entry.regions().isEmpty()) {
            notes.put(PricingFlag.UNKNOWN_REGION, "region \"" + regionName + "\"");
        }
    }

    static boolean isDefaultServiceTier(String serviceTier) {
        return serviceTier == null || serviceTier.isBlank()
                || DEFAULT_SERVICE_TIERS.contains(serviceTier.strip().toLowerCase(Locale.ROOT));
    }

    /** Flags raised while resolving, with their detail. */
    Map<PricingFlag, String> notes() {
        return notes;
    }

    /** The rates of {@code bucket} for tokens priced at {@code tier}'s rates ({@code null}: the base rates). */
    Resolved rate(UsageBucket bucket, ContextTier tier) {
        BigDecimal listRate = entry.rates().get(bucket);
        BigDecimal rate = listRate;
        List<String> basis = new ArrayList<>(List.of("list rate"));
        if (window != null && window.rates().has(bucket)) {
            rate = window.rates().get(bucket);
            basis = new ArrayList<>(List.of("time window \"" + window.name() + "\""));
        } else if (tier != null && tier.rates().has(bucket)) {
            rate = tier.rates().get(bucket);
            basis = new ArrayList<>(List.of(describe(tier)));
        }
        if (serviceTier != null && serviceTier.has(bucket)) {
            if (tier != null && tier.rates().has(bucket)) {
                notes.put(PricingFlag.SERVICE_TIER_OVER_CONTEXT_TIER, "service tier \"" + serviceTierName + "\", "
                        + describe(tier));
            }
            rate = serviceTier.get(bucket);
            basis = new ArrayList<>(List.of("service tier \"" + serviceTierName + "\""));
        }
        if (rate == null) {
            return withoutOwnRate(bucket, tier);
        }
        BigDecimal adjusted = uplifted(bucket, rate);
        BigDecimal result = adjusted;
        BatchPricing pricing = entry.batch();
        if (batch && pricing != null && pricing.rates().has(bucket)) {
            result = uplifted(bucket, pricing.rates().get(bucket));
            basis.add("batch rate");
        } else if (batch && bucket.isToken()) {
            if (pricing != null && pricing.discount() != null) {
                result = adjusted.multiply(BigDecimal.ONE.subtract(pricing.discount()));
                basis.add("batch −" + percent(pricing.discount()));
            } else {
                notes.put(PricingFlag.BATCH_PRICE_UNKNOWN, "");
                basis.add("standard rate (no batch price)");
            }
        }
        if (applies(uplift, bucket)) {
            basis.add("region \"" + regionName + "\" ×" + uplift.multiplier().stripTrailingZeros().toPlainString());
        }
        return new Resolved(listRate == null ? rate : listRate, adjusted, result, String.join(", ", basis));
    }

    /**
     * Reasoning falls back to the output rate; requests without a per-request fee cost nothing, because a sheet
     * that lists no such fee charges none. Any other bucket without a rate is unpriced.
     */
    private Resolved withoutOwnRate(UsageBucket bucket, ContextTier tier) {
        return switch (bucket) {
            case REASONING -> {
                Resolved output = rate(UsageBucket.OUTPUT_TEXT, tier);
                yield output.rate() == null ? output : new Resolved(output.listRate(), output.adjustedRate(),
                        output.rate(), "output rate (no reasoning rate): " + output.basis());
            }
            case REQUESTS -> new Resolved(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "no per-request fee");
            default -> new Resolved(null, null, null, "no rate");
        };
    }

    private BigDecimal uplifted(UsageBucket bucket, BigDecimal rate) {
        return applies(uplift, bucket) ? rate.multiply(uplift.multiplier()) : rate;
    }

    /** Region multipliers price tokens; cache tokens only where the sheet says its uplift includes them. */
    private static boolean applies(RegionUplift uplift, UsageBucket bucket) {
        return uplift != null && bucket.isToken() && (uplift.includesCache() || !CACHE.contains(bucket));
    }

    static String describe(ContextTier tier) {
        return "context tier " + tier.comparison().symbol() + " " + tier.threshold() + " prompt tokens"
                + (tier.scope() == ContextTier.Scope.GRADUATED ? " (tokens past the threshold)" : "");
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static <T> T find(Map<String, T> byName, String name) {
        T exact = byName.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, T> e : byName.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
