package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Stored usage condensed for scenarios: one month of tokens per bucket and requests, per model and route, as the
 * workspace computes it from imported records (a typical month: the average of the months it covers).
 *
 * @param description what it was computed from, e.g. "usage 2026-05..2026-07, 3 files"
 */
public record UsageProfile(String description, List<Line> lines) {
    public UsageProfile {
        Objects.requireNonNull(description, "description");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidParameterException("usage", "no lines", "a usage profile needs at least one model and route");
        }
    }

    /**
     * @param monthly      tokens per bucket and requests per month
     * @param batchMonthly the part of {@code monthly} sent through a batch API
     */
    public record Line(String model, String route, BucketCounts monthly, BucketCounts batchMonthly) {
        public Line {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(monthly, "monthly");
            batchMonthly = batchMonthly == null ? BucketCounts.ZERO : batchMonthly;
            if (batchMonthly.totalTokens() > monthly.totalTokens()) {
                throw new InvalidParameterException("batch", batchMonthly.totalTokens(),
                        "batch tokens exceed the line's tokens (" + monthly.totalTokens() + ")");
            }
        }
    }

    /** All lines as one workload; the model is the lines' model, or their models joined when they differ. */
    public Workload toWorkload(BigDecimal peakToAverage, BigDecimal growthPerMonth) {
        BucketCounts.Builder total = BucketCounts.builder();
        long batchTokens = 0;
        for (Line line : lines) {
            total.add(line.monthly());
            batchTokens += line.batchMonthly().totalTokens();
        }
        BucketCounts monthly = total.build();
        String model = lines.stream().map(Line::model).distinct().collect(Collectors.joining(" + "));
        BigDecimal batchShare = monthly.totalTokens() == 0 ? BigDecimal.ZERO
                : Units.divide(BigDecimal.valueOf(batchTokens), BigDecimal.valueOf(monthly.totalTokens()));
        return new Workload(description, model, monthly, batchShare, peakToAverage, growthPerMonth);
    }
}
