package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prices many usage records by summing their tokens per group (entry, route, month, context tier, time window,
 * batch, service tier, region) as {@code long}s and multiplying once per group when {@link #finish()} is
 * called. A row costs one cached model lookup, one group lookup and a few additions; no decimal arithmetic.
 * Feed it from a loop that reports progress and honours cancel. Not thread-safe; one per pricing run.
 */
public final class UsageAggregation {

    private sealed interface Slot permits Priced, Missing {
    }

    private record Priced(ModelMatch.Matched match, EntryPricing pricing, int entryId) implements Slot {
    }

    private record Missing(UnmatchedAccumulator usage) implements Slot {
    }

    private record SlotKey(String provider, String model, String route) {
    }

    private final ModelMatcher matcher;
    private final PricingOptions options;
    private final BillingMonths months;
    private final Map<SlotKey, Slot> slots = new HashMap<>();
    private final Map<PriceEntry, Integer> entryIds = new IdentityHashMap<>();
    private final List<EntryPricing> entries = new ArrayList<>();
    private final Map<GroupKey, GroupAccumulator> groups = new LinkedHashMap<>();
    private final List<UnmatchedAccumulator> unmatched = new ArrayList<>();
    private final long[] scratch = new long[GroupAccumulator.BUCKETS];
    private long rows;
    private boolean finished;

    UsageAggregation(ModelMatcher matcher, PricingOptions options) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.options = Objects.requireNonNull(options, "options");
        this.months = new BillingMonths(options.billingZone());
    }

    public void add(UsageRecord record) {
        Objects.requireNonNull(record, "record");
        requireOpen();
        rows++;
        Slot slot = slots.computeIfAbsent(new SlotKey(record.provider(), record.model(), record.route()), this::slotFor);
        switch (slot) {
            case Missing missing -> missing.usage().add(record.counts(), record.source());
            case Priced priced -> addPriced(priced, record);
        }
    }

    /** Usage rows added so far. */
    public long rows() {
        return rows;
    }

    /** Prices every group; the aggregation takes no more rows afterwards. */
    public UsageCost finish() {
        requireOpen();
        finished = true;
        List<GroupCost> priced = groups.values().stream().map(GroupPricer::price)
                .sorted(Comparator.comparing(GroupCost::month)).toList();
        return new UsageCost(priced, unmatched.stream().map(UnmatchedAccumulator::result).toList(), rows);
    }

    /** Summed usage against an entry the caller chose: base tier and no time window, flagged where that matters. */
    void addCounts(PriceEntry entry, BucketCounts counts, UsageConditions conditions) {
        requireOpen();
        rows++;
        EntryPricing pricing = pricingOf(entry);
        copy(counts, scratch);
        accumulate(entryIds.get(entry), pricing, null, conditions.route(), conditions.month(), TimeWindows.OUTSIDE,
                conditions.batch(), conditions.serviceTier(), conditions.region(), false,
                !pricing.windows().isEmpty(), null);
    }

    private Slot slotFor(SlotKey key) {
        return switch (matcher.match(key.provider(), key.model(), key.route())) {
            case ModelMatch.Matched match -> {
                EntryPricing pricing = pricingOf(match.entry());
                yield new Priced(match, pricing, entryIds.get(match.entry()));
            }
            case ModelMatch.Unmatched miss -> {
                UnmatchedAccumulator usage = new UnmatchedAccumulator(key.provider(), key.route(), miss,
                        options.sampleRowsPerGroup());
                unmatched.add(usage);
                yield new Missing(usage);
            }
        };
    }

    private EntryPricing pricingOf(PriceEntry entry) {
        Integer id = entryIds.get(entry);
        if (id != null) {
            return entries.get(id);
        }
        EntryPricing pricing = EntryPricing.of(entry);
        entryIds.put(entry, entries.size());
        entries.add(pricing);
        return pricing;
    }

    private void addPriced(Priced priced, UsageRecord record) {
        copy(record.counts(), scratch);
        TimeWindows windows = priced.pricing().windows();
        int window = windows.isEmpty() ? TimeWindows.OUTSIDE : windows.over(record.start(), record.period());
        boolean timeUnknown = window == TimeWindows.UNKNOWN;
        accumulate(priced.entryId(), priced.pricing(), priced.match(), record.route(), months.of(record.start()),
                timeUnknown ? TimeWindows.OUTSIDE : window, record.batch(), record.serviceTier(), record.region(),
                record.isSingleRequest(), timeUnknown, record.source());
    }

    /** Adds {@link #scratch} to its group; a time window's rates replace the context tiers, so tiers are chosen only outside one. */
    private void accumulate(int entryId, EntryPricing pricing, ModelMatch.Matched match, String route, YearMonth month,
                            int window, boolean batch, String serviceTier, String region, boolean singleRequest,
                            boolean timeUnknown, SourceRef source) {
        ContextTiers tiers = pricing.tiers();
        int tier = ContextTiers.BASE;
        boolean tierAssumed = false;
        if (window == TimeWindows.OUTSIDE && !tiers.isEmpty()) {
            if (singleRequest) {
                tier = tiers.select(scratch);
            } else {
                tierAssumed = tiers.anyApplies(scratch);
            }
        }
        GroupKey key = new GroupKey(entryId, route, month, tier, window, batch, serviceTier, region);
        GroupAccumulator group = groups.get(key);
        if (group == null) {
            group = new GroupAccumulator(key, pricing, options.sampleRowsPerGroup());
            groups.put(key, group);
        }
        if (tiers.isGraduated(tier)) {
            group.addGraduated(scratch, tier);
        } else {
            group.add(scratch, tier + 1);
        }
        group.row(source, match, tierAssumed, timeUnknown);
    }

    private static void copy(BucketCounts counts, long[] into) {
        for (UsageBucket bucket : UsageBucket.all()) {
            into[bucket.ordinal()] = counts.get(bucket);
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this aggregation is finished; start a new one to price more usage");
        }
    }
}
