package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A usage record under construction: one request at a fixed time unless told otherwise. */
final class UsageRow {
    private final String model;
    private Instant start = Instant.parse("2026-03-02T10:00:00Z");
    private Duration period = Duration.ZERO;
    private String provider;
    private String route = Routes.DIRECT;
    private boolean batch;
    private String serviceTier;
    private String region;
    private long line = 2;
    private final BucketCounts.Builder counts = BucketCounts.builder().set(UsageBucket.REQUESTS, 1);

    private UsageRow(String model) {
        this.model = model;
    }

    static UsageRow of(String model) {
        return new UsageRow(model);
    }

    UsageRow at(String instant) {
        start = Instant.parse(instant);
        return this;
    }

    /** Usage summed over {@code requests} requests in a bucket of {@code length} (a day, an hour). */
    UsageRow bucketed(Duration length, long requests) {
        period = length;
        counts.set(UsageBucket.REQUESTS, requests);
        return this;
    }

    UsageRow tokens(UsageBucket bucket, long count) {
        counts.set(bucket, count);
        return this;
    }

    UsageRow provider(String name) {
        provider = name;
        return this;
    }

    UsageRow route(String name) {
        route = name;
        return this;
    }

    UsageRow batch() {
        batch = true;
        return this;
    }

    UsageRow serviceTier(String tier) {
        serviceTier = tier;
        return this;
    }

    UsageRow region(String name) {
        region = name;
        return this;
    }

    UsageRow line(long number) {
        line = number;
        return this;
    }

    UsageRecord build() {
        return new UsageRecord(start, period, provider, model, route, batch, serviceTier, region, Map.of(),
                counts.build(), null, null, SourceRef.line("usage.csv", line));
    }
}
