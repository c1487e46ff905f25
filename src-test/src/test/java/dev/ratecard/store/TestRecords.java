package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Usage records for tests, built field by field from a plain default row. */
final class TestRecords {
    private Instant start = Instant.parse("2025-01-15T10:00:00Z");
    private Duration period = Duration.ZERO;
    private String provider = "openai";
    private String model = "gpt-4o";
    private String route = Routes.DIRECT;
    private boolean batch;
    private final Map<String, String> tags = new HashMap<>();
    private final BucketCounts.Builder counts = BucketCounts.builder();
    private ReportedCost cost;
    private String naturalKey;
    private String file = "usage.csv";
    private long line = 2;

    static TestRecords row() {
        return new TestRecords();
    }

    /** A SHA-256 that is only used as a file's identity: {@code n} repeated as hex. */
    static String sha(int n) {
        return HexFormat.of().toHexDigits(n).repeat(8);
    }

    static ImportRequest request(String fileName, int shaSeed) {
        return ImportRequest.of(fileName, sha(shaSeed), "test-usage-csv", ZoneOffset.UTC);
    }

    TestRecords at(String instant) {
        start = Instant.parse(instant);
        return this;
    }

    TestRecords lasting(Duration length) {
        period = length;
        return this;
    }

    TestRecords provider(String name) {
        provider = name;
        return this;
    }

    TestRecords model(String name) {
        model = name;
        return this;
    }

    TestRecords route(String name) {
        route = name;
        return this;
    }

    TestRecords batch() {
        batch = true;
        return this;
    }

    TestRecords tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    TestRecords tokens(UsageBucket bucket, long count) {
        counts.set(bucket, count);
        return this;
    }

    TestRecords input(long uncached, long output) {
        return tokens(UsageBucket.UNCACHED_INPUT, uncached).tokens(UsageBucket.OUTPUT_TEXT, output)
                .tokens(UsageBucket.REQUESTS, 1);
    }

    TestRecords cost(String amount, String currency) {
        cost = new ReportedCost(new BigDecimal(amount), currency, ReportedCost.Kind.INVOICED);
        return this;
    }

    TestRecords estimatedCost(String amount) {
        cost = ReportedCost.estimatedUsd(new BigDecimal(amount));
        return this;
    }

    TestRecords id(String key) {
        naturalKey = key;
        return this;
    }

    TestRecords from(String fileName, long lineNumber) {
        file = fileName;
        line = lineNumber;
        return this;
    }

    TestRecords line(long lineNumber) {
        line = lineNumber;
        return this;
    }

    UsageRecord build() {
        return new UsageRecord(start, period, provider, model, route, batch, null, null, tags, counts.build(), cost,
                naturalKey, SourceRef.line(file, line));
    }
}
