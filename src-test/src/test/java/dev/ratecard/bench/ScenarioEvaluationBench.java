package dev.ratecard.bench;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.scenario.ApiRoute;
import dev.ratecard.scenario.Focus;
import dev.ratecard.scenario.GatewayTerms;
import dev.ratecard.scenario.GpuRental;
import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.scenario.ModeledOption;
import dev.ratecard.scenario.OptionModeler;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.OwnedHardware;
import dev.ratecard.scenario.ReplicaPlan;
import dev.ratecard.scenario.RunningCosts;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.ScenarioEvaluator;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityDefaults;
import dev.ratecard.scenario.Staffing;
import dev.ratecard.scenario.SyntheticWorkload;
import dev.ratecard.scenario.VolumeGrid;
import dev.ratecard.scenario.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scenario screen recomputes on every edit, so one evaluation must fit in a frame (16 ms): ten options of every
 * kind, 500 volume points, every pair's break-even, a 36-month projection and one sensitivity table per option
 * with every input of the pair and the workload at its low and high value.
 *
 * <p>Baselines in the same run: pricing one option at the current volume (the least the screen does) and the
 * same ten curves evaluated exactly in {@code BigDecimal} at all 500 points (what the {@code double} curves avoid).
 *
 * <p>Run: {@code ./mvnw -Pbench -pl src-test -am verify -Dbench=ScenarioEvaluationBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScenarioEvaluationBench {
    private ScenarioEvaluator evaluator;
    private OptionModeler modeler;
    private Scenario scenario;
    private Scenario oneOption;

    @Setup
    public void build() {
        evaluator = new ScenarioEvaluator(new CostEngineRoutePricing());
        modeler = new OptionModeler(new CostEngineRoutePricing());
        Workload workload = new SyntheticWorkload("Qwen/Qwen2.5-72B-Instruct", 100_000_000L, new BigDecimal("0.25"),
                new BigDecimal("0.2"), BigDecimal.ZERO, new BigDecimal("0.1"), null, 1500L, 500L, new BigDecimal("3"),
                new BigDecimal("0.05")).toWorkload("bench");
        List<OptionSpec> options = List.of(
                rented("runpod", "2.69", "1727.69", true, 1),
                rented("lambda", "3.99", "1727.69", true, 1),
                rented("on-demand", "2.69", "1727.69", false, 0),
                owned(),
                api("together", together()),
                api("gpt-4o", gpt4o()),
                new OptionSpec.Api("openrouter", "openrouter", ApiRoute.direct(together())
                        .withGateway(new GatewayTerms(openRouter(), null, new BigDecimal("50"), false))),
                new OptionSpec.Api("portkey", "portkey", ApiRoute.direct(gpt4o())
                        .withGateway(new GatewayTerms(portkey(), "Production", null, false))),
                new OptionSpec.SelfHostedGateway("litellm", "litellm", ApiRoute.direct(gpt4o()), new BigDecimal("150"),
                        "bench", new Staffing(new BigDecimal("0.1"), new BigDecimal("200000"), "bench")),
                new OptionSpec.Mix("mix", "mix", List.of(new OptionSpec.Share("together", new BigDecimal("0.6")),
                        new OptionSpec.Share("runpod", new BigDecimal("0.4")))));
        scenario = new Scenario("bench", "", workload, options, new Focus("runpod", "together"),
                new VolumeGrid(1_000_000L, 100_000_000_000L, 500), null, List.of(), SensitivityDefaults.NONE);
        oneOption = new Scenario("one", "", workload, List.of(options.get(4)), null, new VolumeGrid(1_000_000L, 10_000_000L, 2),
                null, List.of(), null);
    }

    @Benchmark
    public ScenarioResult evaluateTenOptions() {
        return evaluator.evaluate(scenario);
    }

    @Benchmark
    public ScenarioResult baselineOneOptionAtTheCurrentVolume() {
        return evaluator.evaluate(oneOption);
    }

    @Benchmark
    public void baselineExactCurvesTenOptions(Blackhole hole) {
        double[] volumes = scenario.grid().volumes();
        for (ModeledOption option : modeler.modelAll(scenario.options(), scenario.workload()).values()) {
            for (double v : volumes) {
                hole.consume(option.cost().at(BigDecimal.valueOf((long) v)));
            }
        }
    }

    private static Provenance source() {
        return Provenance.of("bench", LocalDate.parse("2026-01-01"));
    }

    private static PriceEntry together() {
        return PriceEntry.builder("together_ai", "Qwen/Qwen2.5-72B-Instruct-Turbo").provenance(source())
                .rates(Rates.builder().setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal("1.20"))
                        .setPerMillion(UsageBucket.CACHE_READ, new BigDecimal("1.20"))
                        .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal("1.20")).build()).build();
    }

    private static PriceEntry gpt4o() {
        return PriceEntry.builder("openai", "gpt-4o").provenance(source()).batch(BatchPricing.discount(new BigDecimal("0.5")))
                .rates(Rates.builder().setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal("2.50"))
                        .setPerMillion(UsageBucket.CACHE_READ, new BigDecimal("1.25"))
                        .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal("10")).build()).build();
    }

    private static GatewayFeeModel openRouter() {
        return new GatewayFeeModel("openrouter-card", "OpenRouter", "openrouter", source(), BigDecimal.ZERO, BigDecimal.ZERO,
                new GatewayFeeModel.TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"),
                new GatewayFeeModel.ByokFee(new BigDecimal("0.05"), 1_000_000), List.of(), false, null);
    }

    private static GatewayFeeModel portkey() {
        return new GatewayFeeModel("portkey", "Portkey", "portkey", source(), BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                List.of(new GatewayFeeModel.GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)),
                false, null);
    }

    private static OptionSpec api(String id, PriceEntry price) {
        return new OptionSpec.Api(id, id, ApiRoute.direct(price));
    }

    private static ReplicaPlan plan(String tokensPerSecond, int minReplicas) {
        return new ReplicaPlan(2, "H100 SXM", new BigDecimal(tokensPerSecond), "bench", null, null, null,
                new BigDecimal("0.8"), minReplicas, 0);
    }

    private static OptionSpec rented(String id, String usdPerHour, String tokensPerSecond, boolean alwaysOn, int min) {
        return new OptionSpec.RentedGpus(id, id, "Qwen/Qwen2.5-72B-Instruct", new GpuRental(new BigDecimal(usdPerHour), alwaysOn, "bench"),
                plan(tokensPerSecond, min), new Staffing(new BigDecimal("0.25"), new BigDecimal("250000"), "bench"),
                RunningCosts.NONE.withOther(new BigDecimal("300")));
    }

    private static OptionSpec owned() {
        OwnedHardware hw = new OwnedHardware(new BigDecimal("60000"), new BigDecimal("0.3"), 3, new BigDecimal("0.08"),
                new BigDecimal("1.55"), new BigDecimal("0.8"), new BigDecimal("1.5"), new BigDecimal("0.15"),
                new BigDecimal("200"), new BigDecimal("0.05"), "bench");
        return new OptionSpec.OwnedGpus("owned", "owned", "Qwen/Qwen2.5-72B-Instruct", hw, plan("1727.69", 1),
                new Staffing(new BigDecimal("0.25"), new BigDecimal("250000"), "bench"), RunningCosts.NONE);
    }
}
