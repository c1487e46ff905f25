package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecordBuilder;

/** Where the pricing tests' usage starts: one request of a model at a fixed time, no provider named. */
final class UsageRow {
    private UsageRow() {
    }

    static UsageRecordBuilder of(String model) {
        return UsageRecordBuilder.usageRecord().at("2026-03-02T10:00:00Z").provider(null).model(model)
                .tokens(UsageBucket.REQUESTS, 1);
    }
}
