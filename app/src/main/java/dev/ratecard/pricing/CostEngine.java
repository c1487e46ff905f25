package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageRecord;

import java.util.List;
import java.util.Objects;

/**
 * The cost engine's entry point: prices usage records (matched to entries by a {@link ModelMatcher}), a single
 * record, or summed counts against a chosen entry, and puts a gateway's fees on a month. Pure and exact:
 * it is given records and returns results, and never rounds.
 */
public final class CostEngine {
    private final PricingOptions options;
    private final FeeStack feeStack = new FeeStack();

    public CostEngine(PricingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public CostEngine() {
        this(PricingOptions.defaults());
    }

    public PricingOptions options() {
        return options;
    }

    /** A streaming aggregation: {@link UsageAggregation#add add} each record, then {@link UsageAggregation#finish finish}. */
    public UsageAggregation aggregate(ModelMatcher matcher) {
        return new UsageAggregation(matcher, options);
    }

    public UsageCost price(Iterable<UsageRecord> records, ModelMatcher matcher) {
        UsageAggregation aggregation = aggregate(matcher);
        records.forEach(aggregation::add);
        return aggregation.finish();
    }

    /** One record, through the same code as many: for the UI's detail view and for tests. */
    public RecordCost priceRecord(UsageRecord record, ModelMatcher matcher) {
        UsageAggregation aggregation = aggregate(matcher);
        aggregation.add(record);
        return new RecordCost(matcher.match(record.provider(), record.model(), record.route()), aggregation.finish());
    }

    /**
     * Counts already summed over many requests (a month of a workload) against {@code entry}: base context
     * tier, no time window, each flagged where the entry has tiers or windows that could have applied.
     */
    public GroupCost priceCounts(PriceEntry entry, BucketCounts counts, UsageConditions conditions) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(conditions, "conditions");
        UsageAggregation aggregation = aggregate(new ModelMatcher(List.of(entry)));
        aggregation.addCounts(entry, counts, conditions);
        return aggregation.finish().groups().getFirst();
    }

    /**
     * A month of summed counts against {@code entry}, with {@code gateway}'s fees on top ({@code null}: bought
     * direct, so only a negotiated discount applies).
     */
    public MonthlyBill priceMonth(PriceEntry entry, BucketCounts counts, UsageConditions conditions,
                                  GatewayFeeModel gateway, FeeSettings settings) {
        GroupCost group = priceCounts(entry, counts, conditions);
        MonthlyUsageCost month = new MonthlyUsageCost(group.month(), group.listCost(), group.adjustedCost(),
                group.cost(), group.requests(), group.isComplete());
        return feeStack.bill(month, gateway, settings);
    }

    /** Each month of {@code usage} with {@code gateway}'s fees on top ({@code null}: direct). */
    public List<MonthlyBill> bill(UsageCost usage, GatewayFeeModel gateway, FeeSettings settings) {
        return usage.months().stream().map(month -> feeStack.bill(month, gateway, settings)).toList();
    }
}
