package dev.ratecard.scenario;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The headline scenario of selfhost-economics.md §5.6 and §6, built from the figures and sources that document
 * cites: 100M tokens/month at 25 % output; Qwen2.5-72B on one 2 × H100 replica at RunPod's $2.69/GPU-h with
 * X_out@SLO 1,727.69 tok/s (Lambda vLLM 0.5.4, Llama-3.1-70B FP8 TP2 as the proxy), k = 3, u_max = 0.8, 0.25 FTE
 * at $250k loaded and $300/month other; against Together at $1.20/$1.20, OpenRouter and GPT-4o direct.
 */
final class HeadlineScenario {
    static final String SELF = "qwen-2xh100";
    static final String TOGETHER = "together";
    static final String OPENROUTER = "openrouter";
    static final String GPT_4O = "gpt-4o";

    private HeadlineScenario() {
    }

    static PriceEntry price(String provider, String model, String inputPerMillion, String outputPerMillion, String source,
                            String asOf) {
        return PriceEntry.builder(provider, model)
                .rates(Rates.builder()
                        .setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal(inputPerMillion))
                        .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal(outputPerMillion))
                        .build())
                .provenance(Provenance.of(source, LocalDate.parse(asOf)))
                .build();
    }

    static PriceEntry together() {
        return price("together_ai", "Qwen/Qwen2.5-72B-Instruct-Turbo", "1.20", "1.20",
                "https://www.getmaxim.ai/bifrost/model-library/compare/together_ai/qwen2.5-72b-instruct-turbo", "2025-09-05");
    }

    static GatewayFeeModel openRouterCard() {
        return new GatewayFeeModel("openrouter-card", "OpenRouter, credits bought by card", "openrouter",
                Provenance.of("https://openrouter.ai/docs/faq", LocalDate.parse("2026-08-01")), BigDecimal.ZERO,
                BigDecimal.ZERO, new GatewayFeeModel.TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"),
                new GatewayFeeModel.ByokFee(new BigDecimal("0.05"), 1_000_000), List.of(), false, null);
    }

    static Workload workload() {
        // 100M tokens at 25 % output: 75M input, 25M output; 100,000 requests of 750 in / 250 out.
        return new SyntheticWorkload("Qwen/Qwen2.5-72B-Instruct", 100_000_000L, new BigDecimal("0.25"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 100_000L, null, null, new BigDecimal("3"), BigDecimal.ZERO)
                .toWorkload("synthetic: 100M tokens/month, 25 % output");
    }

    static OptionSpec.RentedGpus selfHosted() {
        ReplicaPlan plan = new ReplicaPlan(2, "H100 SXM", new BigDecimal("1727.69"),
                "LambdaLabsML/vllm-benchmark benchmark_v0.md @0e8fc5d (Llama-3.1-70B FP8, TP2)", null, null, null,
                new BigDecimal("0.8"), 1, 0);
        return new OptionSpec.RentedGpus(SELF, "Qwen2.5-72B on 2×H100 (RunPod)", "Qwen/Qwen2.5-72B-Instruct",
                new GpuRental(new BigDecimal("2.69"), true, "RunPod Community Cloud H100 SXM (https://www.runpod.io/pricing, as of 2026-09-25)"),
                plan, new Staffing(new BigDecimal("0.25"), new BigDecimal("250000"), "selfhost-economics.md §5.6"),
                RunningCosts.NONE.withOther(new BigDecimal("300")));
    }

    static List<OptionSpec> options() {
        return List.of(
                selfHosted(),
                new OptionSpec.Api(TOGETHER, "Together", ApiRoute.direct(together())),
                new OptionSpec.Api(OPENROUTER, "OpenRouter", ApiRoute.direct(price("openrouter", "qwen/qwen-2.5-72b-instruct",
                                "0.36", "0.40", "https://openrouter.ai/api/v1/models", "2026-08-01"))
                        .withGateway(new GatewayTerms(openRouterCard(), null, null, false))),
                new OptionSpec.Api(GPT_4O, "GPT-4o", ApiRoute.direct(price("openai", "gpt-4o", "2.50", "10.00",
                        "https://openai.com/api/pricing", "2026-01-01"))));
    }

    static Scenario scenario(List<SensitivityInput> sensitivity) {
        return new Scenario("Headline", "", workload(), options(), new Focus(SELF, TOGETHER), null, null, sensitivity, null);
    }

    static Scenario scenario() {
        return scenario(List.of());
    }

    static ScenarioResult evaluate(Scenario scenario) {
        return new ScenarioEvaluator(new CostEngineRoutePricing()).evaluate(scenario);
    }
}
