package dev.ratecard.pricing;

import java.util.List;
import java.util.Objects;

/**
 * The cost of one usage record: how its model name was matched, and its priced lines (a request that falls
 * in a graduated context tier has lines at the base and at the tier rates).
 */
public record RecordCost(ModelMatch match, UsageCost usage) {
    public RecordCost {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(usage, "usage");
    }

    /** The cost of the priced lines; see {@link #isComplete()}. */
    public Money cost() {
        return usage.pricedTotal();
    }

    public List<BucketLine> lines() {
        return usage.groups().stream().flatMap(g -> g.lines().stream()).toList();
    }

    public List<PricingNote> notes() {
        return usage.notes();
    }

    /** False when the model did not match or a bucket with usage had no rate. */
    public boolean isComplete() {
        return usage.isComplete();
    }
}
