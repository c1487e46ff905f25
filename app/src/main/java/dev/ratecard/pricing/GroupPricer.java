package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns one group's token sums into its cost: one multiplication per bucket and rate, nothing per row. */
final class GroupPricer {
    private GroupPricer() {
    }

    static GroupCost price(GroupAccumulator group) {
        GroupKey key = group.key;
        PriceEntry entry = group.pricing.entry();
        ContextTiers tiers = group.pricing.tiers();
        TimeWindowRates window = key.window() >= 0 ? group.pricing.windows().get(key.window()) : null;
        GroupRates rates = new GroupRates(entry, window, key.batch(), key.serviceTier(), key.region());

        List<BucketLine> lines = new ArrayList<>();
        BucketCounts.Builder counts = BucketCounts.builder();
        for (int band = 0; band < group.pricing.bands(); band++) {
            ContextTier tier = band == 0 ? null : tiers.get(band - 1);
            for (UsageBucket bucket : UsageBucket.all()) {
                long quantity = group.count(band, bucket);
                if (quantity == 0) {
                    continue;
                }
                counts.add(bucket, quantity);
                GroupRates.Resolved r = rates.rate(bucket, tier);
                lines.add(new BucketLine(bucket, quantity, r.listRate(), r.adjustedRate(), r.rate(), r.basis(),
                        entry.currency()));
            }
        }

        BigDecimal list = BigDecimal.ZERO;
        BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal charged = BigDecimal.ZERO;
        for (BucketLine line : lines) {
            if (line.isPriced()) {
                list = list.add(line.listCost());
                adjusted = adjusted.add(line.adjustedCost());
                charged = charged.add(line.rate().multiply(BigDecimal.valueOf(line.quantity())));
            }
        }
        String currency = entry.currency();
        RateConditions conditions = new RateConditions(
                key.tier() == ContextTiers.BASE ? null : GroupRates.describe(tiers.get(key.tier())),
                window == null ? null : window.name(), key.batch(), key.serviceTier(), key.region());
        return new GroupCost(entry, key.route(), key.month(), conditions, counts.build(), lines,
                new Money(list, currency), new Money(adjusted, currency), new Money(charged, currency),
                notes(group, rates, lines), group.rows, group.samples, List.copyOf(group.rowsByMatch.keySet()));
    }

    private static List<PricingNote> notes(GroupAccumulator group, GroupRates rates, List<BucketLine> lines) {
        List<PricingNote> notes = new ArrayList<>();
        if (group.tierAssumedRows > 0) {
            notes.add(new PricingNote(PricingFlag.CONTEXT_TIER_ASSUMED_BASE, group.tierAssumedRows, ""));
        }
        if (group.timeUnknownRows > 0) {
            notes.add(new PricingNote(PricingFlag.TIME_OF_DAY_UNKNOWN, group.timeUnknownRows, ""));
        }
        for (Map.Entry<PricingFlag, String> flag : rates.notes().entrySet()) {
            notes.add(new PricingNote(flag.getKey(), group.rows, flag.getValue()));
        }
        for (Map.Entry<ModelMatch.Matched, long[]> match : group.rowsByMatch.entrySet()) {
            if (match.getKey().needsReview()) {
                notes.add(new PricingNote(PricingFlag.PRICED_AS_ANOTHER_MODEL, match.getValue()[0],
                        match.getKey().describe()));
            }
        }
        List<BucketLine> unpriced = lines.stream().filter(line -> !line.isPriced()).toList();
        if (!unpriced.isEmpty()) {
            notes.add(new PricingNote(PricingFlag.UNPRICED_USAGE, group.rows, unpriced.stream()
                    .map(line -> line.bucket().key() + ": " + line.quantity())
                    .collect(Collectors.joining(", "))));
        }
        return notes;
    }
}
