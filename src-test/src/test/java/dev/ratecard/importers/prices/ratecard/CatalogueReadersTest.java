package dev.ratecard.importers.prices.ratecard;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.prices.read.CatalogueItem;
import dev.ratecard.importers.prices.read.CatalogueRead;
import dev.ratecard.importers.prices.read.CatalogueReader;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Gateway fee models, GPU offers and throughput profiles: each rejected whole on any error, as its test says. */
class CatalogueReadersTest {

    private static <T> CatalogueRead<T> read(CatalogueReader<T> reader, String json) throws ImportException {
        return reader.read(new SheetInput("catalogue.json", json.getBytes(StandardCharsets.UTF_8), ReadContext.NONE));
    }

    private static <T> List<String> problems(CatalogueReader<T> reader, String json) {
        return rejected(() -> read(reader, json)).stream().map(ImportIssue::describe).toList();
    }

    private static final String OPENROUTER_CARD = """
            {"format": "ratecard-gateways", "version": 1, "gateways": [
              {"id": "openrouter-card", "name": "OpenRouter, credits bought by card", "route": "openrouter",
               "token_markup": "0", "per_request_fee": "0",
               "top_up": {"fraction": "0.055", "minimum_usd": "0.80", "method": "card", "currency": "USD"},
               "byok": {"fraction": "0.05", "free_requests_per_month": 1000000},
               "plans": [], "markup_is_user_setting": false, "tier": "public",
               "source": "https://openrouter.ai/docs/faq", "as_of": "2026-08-01", "notes": "5.5 % (min $0.80) per purchase"}
            ]}
            """;

    @Test
    void readsOpenRoutersPublishedFees() throws Exception {
        // openrouter.ai/docs/faq: card purchases 5.5 % with a $0.80 minimum; BYOK 5 % after 1M free requests a month.
        CatalogueItem<GatewayFeeModel> item = read(new GatewayFeeReader(), OPENROUTER_CARD).items().get(0);
        GatewayFeeModel card = item.value();
        assertSameAmount("0.055", card.topUp().fraction());
        assertSameAmount("0.80", card.topUp().minimumUsd());
        assertSameAmount("0.05", card.byok().fraction());
        assertEquals(1_000_000, card.byok().freeRequestsPerMonth());
        assertSameAmount("0", card.tokenMarkup());
        assertEquals(LocalDate.of(2026, 8, 1), card.provenance().asOf());
        assertEquals("5.5 % (min $0.80) per purchase", card.notes());
        // Fields Ratecard does not know are kept, nested ones under their path.
        assertEquals("\"public\"", item.extra().get("tier"));
        assertEquals("\"USD\"", item.extra().get("top_up.currency"));
        assertEquals(2, item.origin().line(), "the gateway's own line, for tracing a fee to where it was written");
    }

    @Test
    void rejectsAPercentageWrittenWhereAFractionBelongs() {
        // Gets: 5.5 (meant as 5.5 %) is refused with the rule, rather than read as a 550 % fee.
        assertEquals(List.of("catalogue.json:2 $.gateways[0].top_up.fraction column fraction, value \"5.5\": "
                        + "a fraction must be from 0 to 1 (0.055 is 5.5 %)"),
                problems(new GatewayFeeReader(), OPENROUTER_CARD.replace("\"0.055\"", "\"5.5\"")));
    }

    @Test
    void rejectsTwoGatewaysWithOneIdAndAGatewayWithoutASource() {
        String twice = OPENROUTER_CARD.replace("]}", ", " + OPENROUTER_CARD.substring(OPENROUTER_CARD.indexOf("{\"id\""),
                OPENROUTER_CARD.lastIndexOf("]}")).trim() + "]}");
        assertEquals("listed twice; the first is at catalogue.json:2 $.gateways[0]",
                rejected(() -> read(new GatewayFeeReader(), twice)).get(0).reason());
        List<String> noSource = problems(new GatewayFeeReader(),
                OPENROUTER_CARD.replace("\"source\": \"https://openrouter.ai/docs/faq\", ", ""));
        assertEquals(List.of("catalogue.json:2 $.gateways[0].source column source: missing; this field is required"), noSource);
    }

    @Test
    void takesAMissingSourceAndDateFromTheFilesTopLevel() throws Exception {
        String json = OPENROUTER_CARD.replace("\"source\": \"https://openrouter.ai/docs/faq\", \"as_of\": \"2026-08-01\", ", "")
                .replace("\"version\": 1,", "\"version\": 1, \"source\": \"https://openrouter.ai/docs/faq\", \"as_of\": \"2026-08-02\",");
        assertEquals(LocalDate.of(2026, 8, 2), read(new GatewayFeeReader(), json).values().get(0).provenance().asOf());
    }

    @Test
    void refusesAPriceSheetHandedInAsGatewayFees() {
        // Gets: the kind the file holds, named.
        assertEquals(List.of("catalogue.json $.format column format, value \"ratecard-price-sheet\": this file holds "
                        + "a price sheet, not gateway fee models"),
                problems(new GatewayFeeReader(), OPENROUTER_CARD.replace("ratecard-gateways", "ratecard-price-sheet")));
    }

    private static final String AWS_P5 = """
            {"format": "ratecard-gpu-offers", "version": 1, "offers": [
              {"id": "aws-p5-48xlarge-h100-sxm", "provider": "AWS", "product": "p5.48xlarge", "gpu": "H100 SXM", "gpu_memory_gb": 80,
               "gpus_per_instance": 8, "usd_per_gpu_hour": "6.88", "pricing_model": "on-demand", "region": "us-east-1",
               "source": "https://aws.amazon.com/ec2/pricing/on-demand/", "as_of": "2026-11-09",
               "note": "after the June 2025 cut; $55.04 per instance-hour"}
            ]}
            """;

    @Test
    void readsAGpuOfferPerGpuHour() throws Exception {
        // AWS p5.48xlarge: $55.04 per instance-hour / 8 H100s = $6.88 per GPU-hour.
        GpuOffer p5 = read(new GpuOfferReader(), AWS_P5).values().get(0);
        assertSameAmount("6.88", p5.usdPerGpuHour());
        assertEquals(8, p5.gpusPerInstance());
        assertEquals(80, p5.gpuMemoryGb());
        assertEquals("aws-p5-48xlarge-h100-sxm", p5.id());
        assertEquals("after the June 2025 cut; $55.04 per instance-hour", p5.provenance().note());
    }

    @Test
    void rejectsAPriceRangeAZeroPriceAndAMissingInstanceShape() {
        // Gets: the range refused with what to do instead; a zero price and a missing gpus_per_instance refused.
        assertEquals(List.of("catalogue.json:2 $.offers[0].usd_per_gpu_hour column usd_per_gpu_hour, value \"2.40-6.15\": "
                        + "a range is not one price; list the low and high ends as two offers, or the midpoint with a note"),
                problems(new GpuOfferReader(), AWS_P5.replace("\"6.88\"", "\"2.40-6.15\"")));
        assertEquals(List.of(
                        "catalogue.json:2 $.offers[0].gpus_per_instance column gpus_per_instance: missing; this field is required",
                        "catalogue.json:2 $.offers[0].usd_per_gpu_hour column usd_per_gpu_hour, value \"0\": must be above zero"),
                problems(new GpuOfferReader(), AWS_P5.replace("\"gpus_per_instance\": 8, ", "").replace("\"6.88\"", "\"0\"")));
    }

    @Test
    void allowsAProductTwiceForTheLowAndHighEndOfARange() throws Exception {
        String twice = AWS_P5.replace("]}", "," + AWS_P5.substring(AWS_P5.indexOf("{\"id\""), AWS_P5.lastIndexOf("]}"))
                .replace("\"6.88\"", "\"12.29\"").replace("h100-sxm\"", "h100-sxm-pre-cut\"") + "]}");
        assertEquals(2, read(new GpuOfferReader(), twice).values().size());
    }

    private static final String NIM_70B = """
            {"format": "ratecard-throughput", "version": 1, "profiles": [
              {"id": "nim-llama-3.3-70b-fp8-2xh100-c25", "model": "Llama-3.3-70B-Instruct", "proxy_for": "Qwen2.5-72B-Instruct",
               "engine": "NVIDIA NIM (TRT-LLM)", "engine_version": "1.8.0", "precision": "FP8", "gpu": "H100-80GB",
               "gpu_count": 2, "input_tokens": 5000, "output_tokens": 500, "concurrency": 25,
               "output_tokens_per_second": "623.4", "ttft_ms": "688.69", "authority": "official vendor",
               "source": "https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance", "as_of": "2025-01-01"}
            ]}
            """;

    @Test
    void readsAMeasuredThroughputWithItsRequestShape() throws Exception {
        // NVIDIA NIM 1.8.0, Llama-3.3-70B FP8 on 2 x H100, 5,000 in / 500 out at concurrency 25: 623.4 tokens/s, TTFT 688.69 ms.
        ThroughputProfile nim = read(new ThroughputProfileReader(), NIM_70B).values().get(0);
        assertSameAmount("623.4", nim.outputTokensPerSecond());
        assertSameAmount("688.69", nim.ttftMs());
        assertEquals(2, nim.gpuCount());
        assertEquals(25, nim.concurrency());
        assertEquals("Qwen2.5-72B-Instruct", nim.proxyFor());
        assertNull(read(new ThroughputProfileReader(), NIM_70B.replace("\"ttft_ms\": \"688.69\", ", "")).values().get(0).ttftMs());
    }

    @Test
    void rejectsAProfileWithNoGpusOrNoConcurrency() {
        // Gets: gpu_count 0 and concurrency 0 each refused with the allowed range.
        assertEquals(List.of(
                        "catalogue.json:2 $.profiles[0].gpu_count column gpu_count, value \"0\": must be a whole number from 1 to 2147483647",
                        "catalogue.json:2 $.profiles[0].concurrency column concurrency, value \"0\": must be a whole number from 1 to 2147483647"),
                problems(new ThroughputProfileReader(), NIM_70B.replace("\"gpu_count\": 2", "\"gpu_count\": 0")
                        .replace("\"concurrency\": 25,", "\"concurrency\": 0,")));
    }

    @Test
    void readsADatasetBenchmarkThatStatesNoFixedLengths() throws Exception {
        // Lambda's vLLM runs used ShareGPT prompts: no fixed input/output length, which the profile says.
        ThroughputProfile shareGpt = read(new ThroughputProfileReader(), NIM_70B
                .replace("\"input_tokens\": 5000, \"output_tokens\": 500, \"concurrency\": 25,", "\"workload\": \"ShareGPT\",")).values().get(0);
        assertEquals("ShareGPT", shareGpt.workload());
        assertNull(shareGpt.inputTokens());
        assertNull(shareGpt.outputTokens());
        assertNull(shareGpt.concurrency());
    }

    @Test
    void refusesANewerThroughputFile() {
        assertEquals(List.of("catalogue.json $.version column version, value \"3\": version 3 of ratecard-throughput is "
                        + "newer than this Ratecard reads (1); update Ratecard to open it"),
                problems(new ThroughputProfileReader(), NIM_70B.replace("\"version\": 1", "\"version\": 3")));
    }
}
