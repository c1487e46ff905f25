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

    /** Where the rows of one (provider, model name, route) go. */
    private sealed interface Slot permits Priced, Missing {
        String provider();

        String route();

        default boolean holds(String rowProvider, String rowRoute) {
            return Objects.equals(provider(), rowProvider) && Objects.equals(route(), rowRoute);
        }
    }

    /** A matched name; remembers the group its last row went to, since a name's rows mostly share one. */
    private static final class Priced implements Slot {
        private final String provider;
        private final String route;
        private final ModelMatch.Matched match;
        private final EntryPricing pricing;
        private final int entryId;
        private GroupAccumulator lastGroup;

        Priced(String provider, String route, ModelMatch.Matched match, EntryPricing pricing, int entryId) {
            this.provider = provider;
            this.route = route;
            this.match = match;
            this.pricing = pricing;
            this.entryId = entryId;
        }

        @Override
        public String provider() {
            return provider;
        }

        @Override
        public String route() {
            return route;
        }
    }

    private record Missing(String provider, String route, UnmatchedAccumulator usage) implements Slot {
    }

    private final ModelMatcher matcher;
    private final PricingOptions options;
    private final BillingMonths months;
    /** By model name first, so that finding a row's slot allocates nothing; a name rarely has more than one. */
    private final Map<String, List<Slot>> slotsByModel = new HashMap<>();
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
        switch (slotOf(record)) {
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
        Priced slot = new Priced(entry.provider(), conditions.route(), null, pricingOf(entry), entryIds.get(entry));
        copy(counts, scratch);
        accumulate(slot, conditions.route(), conditions.month(), TimeWindows.OUTSIDE, conditions.batch(),
                conditions.serviceTier(), conditions.region(), false, !slot.pricing.windows().isEmpty(), null);
    }

    private Slot slotOf(UsageRecord record) {
        List<Slot> slots = slotsByModel.get(record.model());
        if (slots != null) {
            for (Slot slot : slots) {
                if (slot.holds(record.provider(), record.route())) {
                    return slot;
                }
            }
        } else {
            slots = new ArrayList<>(1);
            slotsByModel.put(record.model(), slots);
        }
        Slot slot = newSlot(record.provider(), record.model(), record.route());
        slots.add(slot);
        return slot;
    }

    private Slot newSlot(String provider, String model, String route) {
        return switch (matcher.match(provider, model, route)) {
            case ModelMatch.Matched match ->
                    new Priced(provider, route, match, pricingOf(match.entry()), entryIds.get(match.entry()));
            case ModelMatch.Unmatched miss -> {
                UnmatchedAccumulator usage = new UnmatchedAccumulator(provider, route, miss, options.sampleRowsPerGroup());
                unmatched.add(usage);
                yield new Missing(provider, route, usage);
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
        TimeWindows windows = priced.pricing.windows();
        int window = windows.isEmpty() ? TimeWindows.OUTSIDE : windows.over(record.start(), record.period());
        boolean timeUnknown = window == TimeWindows.UNKNOWN;
        accumulate(priced, record.route(), months.of(record.start()), timeUnknown ? TimeWindows.OUTSIDE : window,
                record.batch(), record.serviceTier(), record.region(), record.isSingleRequest(), timeUnknown,
                record.source());
    }

    /** Adds {@link #scratch} to its group; a time window's rates replace the context tiers, so tiers are chosen only outside one. */
    private void accumulate(Priced slot, String route, YearMonth month, int window, boolean batch, String serviceTier,
                            String region, boolean singleRequest, boolean timeUnknown, SourceRef source) {
        ContextTiers tiers = slot.pricing.tiers();
        int tier = ContextTiers.BASE;
        boolean tierAssumed = false;
        if (window == TimeWindows.OUTSIDE && !tiers.isEmpty()) {
            if (singleRequest) {
                tier = tiers.select(scratch);
            } else {
                tierAssumed = tiers.anyApplies(scratch);
            }
        }
        GroupAccumulator group = slot.lastGroup;
        if (group == null || !group.key.sameGroup(route, month, tier, window, batch, serviceTier, region)) {
            GroupKey key = new GroupKey(slot.entryId, route, month, tier, window, batch, serviceTier, region);
            group = groups.get(key);
            if (group == null) {
                group = new GroupAccumulator(key, slot.pricing, options.sampleRowsPerGroup());
                groups.put(key, group);
            }
            slot.lastGroup = group;
        }
        if (tiers.isGraduated(tier)) {
            group.addGraduated(scratch, tier);
        } else {
            group.add(scratch, tier + 1);
        }
        group.row(source, slot.match, tierAssumed, timeUnknown);
    }

    private static void copy(BucketCounts counts, long[] into) {
        List<UsageBucket> buckets = UsageBucket.all();
        for (int b = 0; b < into.length; b++) {
            into[b] = counts.get(buckets.get(b));
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this aggregation is finished; start a new one to price more usage");
        }
    }
}
