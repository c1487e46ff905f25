package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The traffic a scenario prices: one month of tokens per bucket and requests (the {@link UsageBucket#REQUESTS}
 * count) at the current volume, and how it behaves over time. Options are priced for this month exactly; for
 * other volumes every bucket scales in proportion, so the mix (output share, cache hits, requests per token)
 * stays that of this month.
 *
 * @param label          what the traffic is, e.g. "synthetic: 100M tokens/month"
 * @param model          the model the traffic runs on today; an option serving another model is a substitution
 * @param monthly        tokens per bucket and requests in one month
 * @param batchShare     the share of the traffic that can go through a batch API (and off-peak on own GPUs)
 * @param peakToAverage  peak over average rate of output tokens (k; 3–5 is typical for B2B)
 * @param growthPerMonth month-on-month growth of volume, as a fraction ({@code 0.1} for 10 %)
 */
public record Workload(String label, String model, BucketCounts monthly, BigDecimal batchShare,
                       BigDecimal peakToAverage, BigDecimal growthPerMonth) {
    public Workload {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(monthly, "monthly");
        Check.positive("tokens_per_month", monthly.totalTokens());
        Check.fraction("batch_share", batchShare);
        Check.atLeastOne("peak_to_average", peakToAverage);
        Check.required("growth_per_month", growthPerMonth);
        if (growthPerMonth.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new InvalidParameterException("growth_per_month", growthPerMonth.toPlainString(),
                    "must be greater than -1 (a fall of 100 % or more leaves no traffic)");
        }
    }

    public long totalTokens() {
        return monthly.totalTokens();
    }

    public long inputTokens() {
        return monthly.inputTokens();
    }

    public long outputTokens() {
        return monthly.outputTokens();
    }

    public long requests() {
        return monthly.get(UsageBucket.REQUESTS);
    }

    /** {@code s = T_out / T}. */
    public BigDecimal outputShare() {
        return Units.divide(BigDecimal.valueOf(outputTokens()), BigDecimal.valueOf(totalTokens()));
    }

    public Workload withMonthly(BucketCounts counts) {
        return new Workload(label, model, counts, batchShare, peakToAverage, growthPerMonth);
    }

    public Workload withBatchShare(BigDecimal share) {
        return new Workload(label, model, monthly, share, peakToAverage, growthPerMonth);
    }

    public Workload withPeakToAverage(BigDecimal k) {
        return new Workload(label, model, monthly, batchShare, k, growthPerMonth);
    }

    public Workload withGrowthPerMonth(BigDecimal growth) {
        return new Workload(label, model, monthly, batchShare, peakToAverage, growth);
    }

    /** The same month at {@code tokens} total tokens, every bucket and the requests scaled alike. */
    public Workload scaledTo(long tokens) {
        return withMonthly(BucketMix.scale(monthly, tokens));
    }

    /** The same volume with output making up {@code share} of it; each side keeps its own bucket mix. */
    public Workload withOutputShare(BigDecimal share) {
        return withMonthly(BucketMix.withOutputShare(monthly, Check.fraction("output_share", share)));
    }

    /** The same input volume with {@code share} of it read from the cache. */
    public Workload withCacheHitShare(BigDecimal share) {
        return withMonthly(BucketMix.withCacheHitShare(monthly, Check.fraction("cache_hit_share", share)));
    }
}
