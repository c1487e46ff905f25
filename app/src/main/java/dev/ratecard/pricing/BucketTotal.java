package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Objects;

/**
 * One bucket over all priced usage (every model, month and rate): the "by bucket" view, e.g. what cache
 * reads cost in all.
 *
 * @param quantity         tokens, requests or calls in the bucket
 * @param unpricedQuantity the part of it that had no rate and is not in {@code cost}
 */
public record BucketTotal(UsageBucket bucket, long quantity, long unpricedQuantity, Money cost) {
    public BucketTotal {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(cost, "cost");
        if (unpricedQuantity < 0 || unpricedQuantity > quantity) {
            throw new IllegalArgumentException(bucket.key() + ": unpriced " + unpricedQuantity + " of " + quantity);
        }
    }
}
