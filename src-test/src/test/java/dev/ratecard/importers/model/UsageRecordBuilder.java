package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Usage records for tests, built field by field from a plain row: a direct {@code openai gpt-4o} row at
 * 2025-01-15T10:00:00Z with no tokens, from line 2 of {@code usage.csv}. Each package's tests start from the row
 * they need (the pricing tests from one request at a fixed time, the store's from this one).
 */
public final class UsageRecordBuilder {
    private Instant start = Instant.parse("2025-01-15T10:00:00Z");
    private Duration period = Duration.ZERO;
    private String provider = "openai";
    private String model = "gpt-4o";
    private String route = Routes.DIRECT;
    private boolean batch;
    private String serviceTier;
    private String region;
    private final Map<String, String> tags = new HashMap<>();
    private final BucketCounts.Builder counts = BucketCounts.builder();
    private ReportedCost cost;
    private String naturalKey;
    private String file = "usage.csv";
    private long line = 2;

    private UsageRecordBuilder() {
    }

    public static UsageRecordBuilder usageRecord() {
        return new UsageRecordBuilder();
    }

    public UsageRecordBuilder at(String instant) {
        start = Instant.parse(instant);
        return this;
    }

    /** A row that sums usage over {@code length} (a day, an hour) rather than one moment. */
    public UsageRecordBuilder lasting(Duration length) {
        period = length;
        return this;
    }

    /** Usage summed over {@code requests} requests in a bucket of {@code length}. */
    public UsageRecordBuilder bucketed(Duration length, long requests) {
        return lasting(length).tokens(UsageBucket.REQUESTS, requests);
    }

    public UsageRecordBuilder provider(String name) {
        provider = name;
        return this;
    }

    public UsageRecordBuilder model(String name) {
        model = name;
        return this;
    }

    public UsageRecordBuilder route(String name) {
        route = name;
        return this;
    }

    public UsageRecordBuilder batch() {
        batch = true;
        return this;
    }

    public UsageRecordBuilder serviceTier(String tier) {
        serviceTier = tier;
        return this;
    }

    public UsageRecordBuilder region(String name) {
        region = name;
        return this;
    }

    public UsageRecordBuilder tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    public UsageRecordBuilder tokens(UsageBucket bucket, long count) {
        counts.set(bucket, count);
        return this;
    }

    /** One request of {@code uncached} input and {@code output} output tokens. */
    public UsageRecordBuilder input(long uncached, long output) {
        return tokens(UsageBucket.UNCACHED_INPUT, uncached).tokens(UsageBucket.OUTPUT_TEXT, output)
                .tokens(UsageBucket.REQUESTS, 1);
    }

    public UsageRecordBuilder cost(String amount, String currency) {
        cost = new ReportedCost(new BigDecimal(amount), currency, ReportedCost.Kind.INVOICED);
        return this;
    }

    public UsageRecordBuilder estimatedCost(String amount) {
        cost = ReportedCost.estimatedUsd(new BigDecimal(amount));
        return this;
    }

    public UsageRecordBuilder id(String key) {
        naturalKey = key;
        return this;
    }

    public UsageRecordBuilder from(String fileName, long lineNumber) {
        file = fileName;
        line = lineNumber;
        return this;
    }

    public UsageRecordBuilder line(long lineNumber) {
        line = lineNumber;
        return this;
    }

    public UsageRecord build() {
        return new UsageRecord(start, period, provider, model, route, batch, serviceTier, region, tags, counts.build(), cost,
                naturalKey, SourceRef.line(file, line));
    }
}
