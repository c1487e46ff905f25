package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand checks of the gateway fees, GPU prices and throughput figures, read from the bundled files. Each names
 * the published figure it checks; derived values carry their arithmetic in a comment.
 */
class PublishedFeeAndCapacityFiguresTest {
    private final BundledData data = new BundledData();
    private final JsonNode gateways = data.read(BundledData.ROOT + "gateways.json").get("gateways");
    private final JsonNode offers = data.read(BundledData.ROOT + "gpu-offers.json").get("offers");
    private final JsonNode throughput = data.read(BundledData.ROOT + "throughput.json");

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item with id " + id);
    }

    private static BigDecimal amount(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        if (value.isMissingNode()) {
            throw new AssertionError("nothing at " + pointer + " in " + node.path("id").asText());
        }
        return new BigDecimal(value.asText());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    /** The fee on one credit purchase: max(fraction × amount, minimum). */
    private static BigDecimal topUpFee(JsonNode gateway, String amount) {
        BigDecimal fee = amount(gateway, "/top_up/fraction").multiply(new BigDecimal(amount));
        BigDecimal minimum = gateway.at("/top_up/minimum_usd").isMissingNode()
                ? BigDecimal.ZERO : amount(gateway, "/top_up/minimum_usd");
        return fee.max(minimum);
    }

    @Test
    void openRouterCardTopUpsCostFivePointFivePercentWithAnEightyCentMinimum() {
        // openrouter.ai/docs/faq: card credit purchases '5.5% ($0.80 minimum)'; token prices pass through.
        JsonNode card = byId(gateways, "openrouter-card");
        assertAmount("0", amount(card, "/token_markup"));
        assertAmount("0.055", amount(card, "/top_up/fraction"));
        assertAmount("0.80", amount(card, "/top_up/minimum_usd"));
        // $100 → 100 × 0.055 = $5.50; $10 → 0.55 < 0.80, so $0.80; $14.55 → 0.80025, just past the minimum.
        assertAmount("5.500", topUpFee(card, "100"));
        assertAmount("0.80", topUpFee(card, "10"));
        assertAmount("0.80025", topUpFee(card, "14.55"));
    }

    @Test
    void openRouterCryptoTopUpsCostFivePercentAndByokIsFreeForAMillionRequests() {
        // openrouter.ai/docs/faq: crypto 5 %; BYOK 5 % of the equivalent cost after 1M BYOK requests a month.
        JsonNode crypto = byId(gateways, "openrouter-crypto");
        assertAmount("0.05", amount(crypto, "/top_up/fraction"));
        assertTrue(crypto.at("/top_up/minimum_usd").isMissingNode());
        for (String id : List.of("openrouter-card", "openrouter-crypto")) {
            assertAmount("0.05", amount(byId(gateways, id), "/byok/fraction"));
            assertEquals(1_000_000, byId(gateways, id).at("/byok/free_requests_per_month").asLong());
        }
    }

    @Test
    void portkeyProductionIsFortyNineDollarsWithNineDollarsPerExtraHundredThousandLogs() {
        // Portkey (finops.apis.io): Production $49/month incl. 100k logs + $9 per extra 100k; Enterprise custom.
        JsonNode production = byId(gateways, "portkey").get("plans").get(0);
        assertEquals("Production", production.get("name").asText());
        assertAmount("49", amount(production, "/monthly_fee_usd"));
        assertEquals(100_000, production.get("included_requests").asLong());
        assertAmount("9", amount(production, "/overage_per_block_usd"));
        assertEquals(100_000, production.get("block_size").asLong());
        // 250,000 logs: 150,000 past the allowance is 2 started blocks: 49 + 2 × 9 = $67.
        long blocks = Math.ceilDiv(250_000 - production.get("included_requests").asLong(),
                production.get("block_size").asLong());
        assertAmount("67", amount(production, "/monthly_fee_usd")
                .add(amount(production, "/overage_per_block_usd").multiply(BigDecimal.valueOf(blocks))));
        JsonNode enterprise = byId(gateways, "portkey").get("plans").get(2);
        assertEquals("Enterprise", enterprise.get("name").asText());
        assertFalse(enterprise.has("monthly_fee_usd"), "Enterprise has no public price");
    }

    @Test
    void heliconeUsageTiersChargeThirtySixSeventyFiveForAHundredThousandLogs() {
        // Helicone REQUEST_PRICING_TIERS (leeroopedia, 2026-02-14): first 10k free, 10k-30k $0.0007,
        // 30k-90k $0.00035, 90k-250k $0.000175 … graduated. 100,000 logs:
        // 20,000 × 0.0007 + 60,000 × 0.00035 + 10,000 × 0.000175 = 14 + 21 + 1.75 = $36.75.
        JsonNode plan = byId(gateways, "helicone-usage").get("plans").get(0);
        long logs = 100_000;
        long from = plan.get("included_requests").asLong();
        BigDecimal cost = BigDecimal.ZERO;
        for (JsonNode tier : plan.get("request_tiers")) {
            long upTo = tier.has("up_to_requests") ? tier.get("up_to_requests").asLong() : Long.MAX_VALUE;
            long inTier = Math.max(0, Math.min(logs, upTo) - from);
            cost = cost.add(amount(tier, "/usd_per_request").multiply(BigDecimal.valueOf(inTier)));
            from = Math.max(from, upTo);
        }
        assertAmount("36.75", cost);
        assertAmount("0.00002", amount(plan, "/request_tiers/5/usd_per_request"));
    }

    @Test
    void heliconeSubscriptionsAreSeventyNineAndSevenNinetyNine() {
        // noburn.dev: Hobby free (10k requests), Pro $79/month, Team $799/month.
        JsonNode plans = byId(gateways, "helicone").get("plans");
        assertAmount("79", amount(plans.get(0), "/monthly_fee_usd"));
        assertAmount("799", amount(plans.get(1), "/monthly_fee_usd"));
        assertEquals(10_000, plans.get(2).get("included_requests").asLong());
    }

    @Test
    void tokenMixHasNoPublicMarkupSoTheUserSetsIt() {
        // tokenmix.ai publishes per-model prices and no markup percentage: "0" is a placeholder.
        JsonNode tokenmix = byId(gateways, "tokenmix");
        assertTrue(tokenmix.get("markup_is_user_setting").asBoolean());
        assertAmount("0", amount(tokenmix, "/token_markup"));
        assertTrue(tokenmix.get("notes").asText().contains("placeholder"));
    }

    @Test
    void percentageGatewaysAddTheirPublishedMarkup() {
        // docs.merge.dev: provider cost + 5 % (Pro); docs.bytez.com: closed models + 2 %; LiteLLM OSS: $0 licence.
        assertAmount("0.05", amount(byId(gateways, "merge-gateway"), "/token_markup"));
        assertAmount("0.02", amount(byId(gateways, "bytez"), "/token_markup"));
        assertAmount("0", amount(byId(gateways, "litellm-proxy"), "/plans/0/monthly_fee_usd"));
    }

    @Test
    void runPodCommunityH100IsTwoSixtyNineAnHour() {
        // runpod.io/pricing (silybench-data, datareceipts): H100 SXM Community Cloud $2.69/GPU-hour.
        JsonNode runpod = byId(offers, "runpod-community-cloud-h100-sxm");
        assertAmount("2.69", amount(runpod, "/usd_per_gpu_hour"));
        assertEquals("H100 SXM", runpod.get("gpu").asText());
        assertEquals(80, runpod.get("gpu_memory_gb").asInt());
    }

    @Test
    void awsP5IsItsInstancePriceSharedByEightGpus() {
        // AWS p5.48xlarge $55.04/hour for 8 × H100: 55.04 / 8 = $6.88 per GPU-hour.
        JsonNode p5 = byId(offers, "aws-p5-48xlarge-h100-sxm");
        assertAmount("55.04", amount(p5, "/usd_per_instance_hour"));
        assertEquals(8, p5.get("gpus_per_instance").asInt());
        assertAmount("6.88", amount(p5, "/usd_per_gpu_hour"));
    }

    @Test
    void everyInstancePriceIsItsGpusTimesTheGpuPriceToTheSourcesRounding() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode offer : offers) {
            if (offer.has("usd_per_instance_hour")) {
                BigDecimal shared = amount(offer, "/usd_per_instance_hour")
                        .divide(BigDecimal.valueOf(offer.get("gpus_per_instance").asInt()), 6, RoundingMode.HALF_EVEN);
                if (shared.subtract(amount(offer, "/usd_per_gpu_hour")).abs().compareTo(new BigDecimal("0.001")) > 0) {
                    wrong.add(offer.get("id").asText() + ": " + shared + " per GPU from the instance price");
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void aPublishedPriceRangeBecomesALowAndAHighOffer() {
        // Vast.ai marketplace median H100 SXM "2.40-6.15" (silybench-data, two readings in October 2026).
        JsonNode low = byId(offers, "vast-ai-marketplace-median-h100-sxm-low");
        JsonNode high = byId(offers, "vast-ai-marketplace-median-h100-sxm-high");
        assertAmount("2.40", amount(low, "/usd_per_gpu_hour"));
        assertAmount("6.15", amount(high, "/usd_per_gpu_hour"));
        assertTrue(low.get("note").asText().startsWith("Low end of the published range 2.40-6.15"));
        assertTrue(high.get("note").asText().startsWith("High end of the published range 2.40-6.15"));
    }

    @Test
    void theQwen72bDefaultIsLambdasTwoH100Llama70bFigure() {
        // LambdaLabsML/vllm-benchmark benchmark_v0.md: Llama-3.1-70B-Instruct-FP8, vLLM 0.5.4, 2 × H100-80GB-SXM,
        // 1727.69 output tok/s; it stands in for Qwen2.5-72B (same depth, width and attention).
        String id = throughput.at("/defaults/Qwen~1Qwen2.5-72B-Instruct").asText();
        JsonNode profile = byId(throughput.get("profiles"), id);
        assertEquals("Llama-3.1-70B-Instruct-FP8", profile.get("model").asText());
        assertEquals("Qwen/Qwen2.5-72B-Instruct", profile.get("proxy_for").asText());
        assertEquals(2, profile.get("gpu_count").asInt());
        assertEquals("0.5.4", profile.get("engine_version").asText());
        assertAmount("1727.69", amount(profile, "/output_tokens_per_second"));
    }

    @Test
    void nimAtFiftyConcurrentRequestsIsTheKneeOfItsCurve() {
        // docs.nvidia.com NIM 1.8.0, Llama-3.3-70B FP8 on 2 × H100, 5000 in / 500 out: c=50 → 814.37 tok/s at
        // TTFT 834.51 ms; c=100 → 917.26 tok/s but TTFT 7996.25 ms.
        JsonNode knee = byId(throughput.get("profiles"), "nim-70b-18-llama-3-3-70b-instruct-fp8-2xh100-5000in-500out-c50");
        JsonNode saturated = byId(throughput.get("profiles"), "nim-70b-18-llama-3-3-70b-instruct-fp8-2xh100-5000in-500out-c100");
        assertAmount("814.37", amount(knee, "/output_tokens_per_second"));
        assertAmount("834.51", amount(knee, "/ttft_ms"));
        assertEquals(5000, knee.get("input_tokens").asInt());
        assertEquals(500, knee.get("output_tokens").asInt());
        assertAmount("7996.25", amount(saturated, "/ttft_ms"));
    }

    @Test
    void theDefaultReplicaOnRunPodCostsEightySixAndAHalfCentsPerMillionOutputTokensWhenBusy() {
        // selfhost-economics §1: $/hr × GPUs / (tok/s × 3600) × 1e6 at 100 % busy.
        // 2.69 × 2 / (1727.69 × 3600) × 1e6 = 5,380,000 / 6,219,684 = 0.864996… → 0.8650 at four places
        // (the reference's table shows $0.87).
        JsonNode profile = byId(throughput.get("profiles"), throughput.at("/defaults/Qwen~1Qwen2.5-72B-Instruct").asText());
        BigDecimal gpuHour = amount(byId(offers, "runpod-community-cloud-h100-sxm"), "/usd_per_gpu_hour");
        BigDecimal perMillion = gpuHour.multiply(BigDecimal.valueOf(profile.get("gpu_count").asInt()))
                .multiply(BigDecimal.valueOf(1_000_000))
                .divide(amount(profile, "/output_tokens_per_second").multiply(BigDecimal.valueOf(3600)),
                        4, RoundingMode.HALF_EVEN);
        assertAmount("0.8650", perMillion);
    }

    @Test
    void everyDefaultNamesAProfileMeasuredOnAStandIn() {
        throughput.get("defaults").properties().forEach(d -> {
            JsonNode profile = byId(throughput.get("profiles"), d.getValue().asText());
            assertEquals(d.getKey(), profile.get("proxy_for").asText(), d.getValue().asText());
        });
        assertEquals(2, throughput.get("defaults").size());
    }
}
