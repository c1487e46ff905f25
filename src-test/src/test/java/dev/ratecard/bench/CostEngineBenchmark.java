package dev.ratecard.bench;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.UsageConditions;
import dev.ratecard.pricing.UsageCost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Pricing a million usage rows: the engine (tokens summed per group as longs, one multiplication per bucket
 * and group, model names matched once each) against two baselines run on the same rows in the same run:
 * a {@code BigDecimal} multiply-add per row and bucket (exact, the slow way), and a {@code double} multiply-add
 * per row (fast, but drifts). The rows use 20 models written four ways each (as logs do: prefixes, dates,
 * case), over three months, with a few cache and reasoning tokens. {@code rates} {@code short} uses rates of
 * few digits ($0.075 per 1M); {@code long} uses a rate with OpenRouter's float-made digits
 * ({@code 0.00000008333333333333334} per token, price-sheets.md §2), which makes each per-row product outgrow a
 * {@code long} and so slows the per-row baseline, but not the engine. {@code whatIfRepricing} is a scenario's
 * recompute: the aggregated months re-priced against another model, without touching the rows.
 *
 * <p>Run: {@code ./mvnw -q -pl src-test -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test}, then with a JDK 21+
 * {@code java -cp src-test/target/test-classes:$(cat src-test/target/bench.classpath) org.openjdk.jmh.Main CostEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CostEngineBenchmark {
    private static final int MODELS = 20;
    private static final Provenance SOURCE = Provenance.of("benchmark rates", LocalDate.of(2026, 8, 1));

    @Param("1000000")
    public int rows;

    @Param({"short", "long"})
    public String rates;

    private List<PriceEntry> catalogue;
    private List<UsageRecord> records;
    /** The baselines' own lookup: the entry for each name as written, as if matching were free. */
    private Map<String, PriceEntry> entryByRawName;
    /** The double baseline's rates, converted once, per name and bucket. */
    private Map<String, double[]> doubleRatesByRawName;
    private final CostEngine engine = new CostEngine();
    private UsageCost aggregated;
    private PriceEntry alternative;

    @Setup
    public void makeRows() {
        Random random = new Random(42);
        catalogue = new ArrayList<>();
        entryByRawName = new HashMap<>();
        doubleRatesByRawName = new HashMap<>();
        List<String> rawNames = new ArrayList<>();
        BigDecimal inputRate = new BigDecimal(rates.equals("long") ? "0.08333333333333334" : "0.075");
        for (int m = 0; m < MODELS; m++) {
            PriceEntry entry = PriceEntry.builder("acme", "acme-" + m).provenance(SOURCE).rates(Rates.builder()
                    .setPerMillion(UsageBucket.UNCACHED_INPUT, inputRate.add(BigDecimal.valueOf(m)))
                    .setPerMillion(UsageBucket.CACHE_READ, new BigDecimal("0.0075"))
                    .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal("0.30").add(BigDecimal.valueOf(m)))
                    .setPerMillion(UsageBucket.REASONING, new BigDecimal("1.25"))
                    .build()).build();
            catalogue.add(entry);
            for (String raw : List.of("acme-" + m, "acme/acme-" + m, "ACME-" + m, "acme-" + m + "-2026-03-01")) {
                rawNames.add(raw);
                entryByRawName.put(raw, entry);
                doubleRatesByRawName.put(raw, asDoubles(entry.rates()));
            }
        }
        List<BucketCounts> shapes = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            shapes.add(BucketCounts.builder()
                    .set(UsageBucket.UNCACHED_INPUT, 100 + random.nextInt(5000))
                    .set(UsageBucket.CACHE_READ, random.nextInt(4) == 0 ? random.nextInt(20_000) : 0)
                    .set(UsageBucket.OUTPUT_TEXT, 10 + random.nextInt(1500))
                    .set(UsageBucket.REASONING, random.nextInt(8) == 0 ? random.nextInt(3000) : 0)
                    .set(UsageBucket.REQUESTS, 1).build());
        }
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        long step = Duration.ofDays(90).getSeconds() / rows;
        records = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            records.add(new UsageRecord(start.plusSeconds(r * step), Duration.ZERO, "acme",
                    rawNames.get(random.nextInt(rawNames.size())), Routes.DIRECT, false, null, null, Map.of(),
                    shapes.get(random.nextInt(shapes.size())), null, null, SourceRef.line("usage.csv", r + 2L)));
        }
        aggregated = engine.price(records, new ModelMatcher(catalogue));
        alternative = PriceEntry.builder("acme", "acme-alternative").provenance(SOURCE).rates(Rates.builder()
                .setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal("0.14"))
                .setPerMillion(UsageBucket.CACHE_READ, new BigDecimal("0.014"))
                .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal("0.28")).build()).build();
    }

    @Benchmark
    public Money whatIfRepricing() {
        Money total = Money.ZERO_USD;
        for (GroupCost group : aggregated.groups()) {
            total = total.plus(engine.priceCounts(alternative, group.counts(), UsageConditions.standard(group.month())).cost());
        }
        return total;
    }

    @Benchmark
    public UsageCost engineSumsThenMultipliesOnce() {
        return engine.price(records, new ModelMatcher(catalogue));
    }

    @Benchmark
    public BigDecimal baselineBigDecimalPerRow() {
        BigDecimal total = BigDecimal.ZERO;
        for (UsageRecord record : records) {
            Rates rates = entryByRawName.get(record.model()).rates();
            for (UsageBucket bucket : UsageBucket.tokenBuckets()) {
                long tokens = record.counts().get(bucket);
                if (tokens != 0) {
                    total = total.add(rates.get(bucket).multiply(BigDecimal.valueOf(tokens)));
                }
            }
        }
        return total;
    }

    @Benchmark
    public double baselineDoublePerRow() {
        double total = 0;
        for (UsageRecord record : records) {
            double[] rates = doubleRatesByRawName.get(record.model());
            for (UsageBucket bucket : UsageBucket.tokenBuckets()) {
                long tokens = record.counts().get(bucket);
                if (tokens != 0) {
                    total += rates[bucket.ordinal()] * tokens;
                }
            }
        }
        return total;
    }

    private static double[] asDoubles(Rates rates) {
        double[] doubles = new double[UsageBucket.all().size()];
        rates.asMap().forEach((bucket, rate) -> doubles[bucket.ordinal()] = rate.doubleValue());
        return doubles;
    }
}
