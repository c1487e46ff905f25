package dev.ratecard.workspace.costing;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.pricing.AliasTable;
import dev.ratecard.pricing.BucketLine;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.PricingFlag;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.UsageImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pricing usage files and the stored workspace with the bundled sheets, every expected figure worked out here
 * by hand from the rates of the named sheet and entry.
 */
class CostServiceTest {
    private static PriceSources sources;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadCatalogue() {
        sources = new PriceSources(BundledCatalogue.load());
    }

    /**
     * One request log with three shapes, priced by route at each provider's own sheet (openai and anthropic,
     * both as of 2026-07-24):
     * <ul>
     *   <li>Chat Completions, gpt-4o: prompt 1,000 of which 400 cached, completion 500:
     *       600 × $2.50/M + 400 × $1.25/M + 500 × $10/M = $0.0015 + $0.0005 + $0.005 = $0.007;</li>
     *   <li>Responses, o4-mini: input 5,000 of which 4,096 cached, output 900 of which 640 reasoning (no reasoning
     *       rate, so the output rate): 904 × $1.10/M + 4,096 × $0.275/M + (260 + 640) × $4.40/M
     *       = $0.0009944 + $0.0011264 + $0.00396 = $0.0060808;</li>
     *   <li>Anthropic Messages, claude-sonnet-4-20250514: 50 uncached, 10,000 cache read, 1,000 5-minute and 500
     *       1-hour cache writes, 300 output, 2 web searches: 50 × $3 + 10,000 × $0.30 + 1,000 × $3.75 + 500 × $6
     *       + 300 × $15 (per M) + 2 × $0.01 = $0.00015 + $0.003 + $0.00375 + $0.003 + $0.0045 + $0.02 = $0.0344.</li>
     * </ul>
     * Total $0.007 + $0.0060808 + $0.0344 = $0.0474808.
     */
    @Test
    void directTrafficIsPricedAtEachProvidersOwnSheet() throws Exception {
        Path log = write("requests.jsonl", """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500,"prompt_tokens_details":{"cached_tokens":400}}}
                {"id":"resp_2","object":"response","created_at":1764086460,"model":"o4-mini","usage":{"input_tokens":5000,"input_tokens_details":{"cached_tokens":4096},"output_tokens":900,"output_tokens_details":{"reasoning_tokens":640},"total_tokens":5900}}
                {"timestamp":"2025-11-25T16:02:00Z","response":{"id":"msg_3","type":"message","model":"claude-sonnet-4-20250514","usage":{"input_tokens":50,"cache_creation_input_tokens":1500,"cache_read_input_tokens":10000,"cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":500},"output_tokens":300,"server_tool_use":{"web_search_requests":2}}}}
                """);

        PricedUsage priced = price(log, new PriceChoice.ByRoute());

        assertTrue(priced.isComplete());
        assertEquals(Money.usd("0.0474808"), priced.totalUsd());
        assertEquals(Map.of("gpt-4o", "0.007", "o4-mini", "0.0060808", "claude-sonnet-4-20250514", "0.0344"),
                costByModel(priced));
        assertEquals(List.of("anthropic", "openai", "openai"), priced.byModel().stream().map(m -> m.sheet().id()).toList());
        assertTrue(priced.gatewayFees().isEmpty(), "no OpenRouter traffic, no gateway fees");
    }

    /** The line that prices gpt-4o's cache reads says the rate, its entry and where it comes from. */
    @Test
    void everyBucketLineNamesItsRate() throws Exception {
        Path log = write("one.jsonl", """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":1000,"completion_tokens":500,"prompt_tokens_details":{"cached_tokens":400}}}
                """);

        PricedModel model = price(log, new PriceChoice.ByRoute()).byModel().getFirst();

        assertEquals("gpt-4o", model.cost().entry().model());
        assertEquals("2026-07-24", model.cost().entry().provenance().asOf().toString());
        BucketLine cacheRead = model.cost().lines().stream().filter(l -> l.bucket() == UsageBucket.CACHE_READ).findFirst().orElseThrow();
        assertEquals(400, cacheRead.quantity());
        assertEquals(0, new BigDecimal("1.25").compareTo(cacheRead.displayRate().orElseThrow()));
        assertEquals(Money.usd("0.0005"), cacheRead.cost().orElseThrow());
    }

    /**
     * A model the provider's own sheet lacks falls back to the LiteLLM catalogue: gpt-3.5-turbo at its key
     * "gpt-3.5-turbo", 5e-07 and 1.5e-06 per token; 2,000 × $0.50/M + 1,000 × $1.50/M = $0.001 + $0.0015 = $0.0025.
     * A provider without a sheet of its own (xAI) is priced there too: xai/grok-3, 3e-06 and 1.5e-05 per token;
     * 1,000 × $3/M + 100 × $15/M = $0.003 + $0.0015 = $0.0045.
     */
    @Test
    void aModelTheProvidersSheetLacksIsPricedFromTheLiteLlmCatalogue() throws Exception {
        Path log = write("fallback.jsonl", """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-3.5-turbo","usage":{"prompt_tokens":2000,"completion_tokens":1000}}
                {"id":"chatcmpl-2","object":"chat.completion","created":1764086460,"model":"xai/grok-3","usage":{"prompt_tokens":1000,"completion_tokens":100}}
                """);

        PricedUsage priced = price(log, new PriceChoice.ByRoute());

        assertEquals(Map.of("gpt-3.5-turbo", "0.0025", "xai/grok-3", "0.0045"), costByModel(priced));
        assertTrue(priced.byModel().stream().allMatch(m -> m.sheet().id().equals(PriceSources.LITELLM)));
    }

    /**
     * OpenRouter traffic at OpenRouter's list (2026-08-01) plus its fee model openrouter-card (5.5 % per top-up,
     * at least $0.80; one top-up a month of exactly the month's spend). The export's four generations, all in
     * March 2026: openai/gpt-4o 100,000 prompt ($2.50/M) = $0.25; openai/gpt-4o 20,000 prompt and 5,000 completion
     * ($10/M) = $0.05 + $0.05 = $0.10; anthropic/claude-sonnet-4 100,000 prompt ($3/M) and 10,000 completion ($15/M)
     * = $0.30 + $0.15 = $0.45; openai/gpt-4o-mini 1,000 prompt ($0.15/M) = $0.00015. Provider cost $0.80015; fee
     * max(5.5 % × 0.80015, 0.80) = max(0.04400825, 0.80) = $0.80; total $1.60015.
     */
    @Test
    void openRouterTrafficIsPricedAtOpenRoutersListPlusItsFees() throws Exception {
        PricedUsage priced = price(openRouterExport(), new PriceChoice.ByRoute());

        assertEquals(Map.of("USD", Money.usd("0.80015")), priced.providerCost());
        GatewayFees fees = priced.gatewayFees().getFirst();
        assertEquals("openrouter-card", fees.gateway().id());
        MonthlyBill march = fees.bills().getFirst();
        assertEquals("2026-03", march.month().toString());
        assertEquals(Money.usd("0.80"), march.gatewayFees());
        assertEquals(Money.usd("1.60015"), priced.totalUsd());
        assertTrue(priced.byModel().stream().allMatch(m -> m.sheet().id().equals(PriceSources.OPENROUTER)));
    }

    /**
     * Reported against recomputed at the direct provider's list price (openai and anthropic sheets): OpenRouter
     * charged $0.275 + $0.11 = $0.385 for the gpt-4o rows that cost $0.25 + $0.10 = $0.35 direct: $0.035 more,
     * 0.035 / 0.35 = 10 %, the effective markup. The claude-sonnet-4 row: $0.45 against $0.45, nothing. The
     * gpt-4o-mini row states no cost and is left out. Totals $0.835 against $0.80: $0.035, 0.035 / 0.80 = 4.375 %.
     */
    @Test
    void reconciliationMeasuresTheMarkupOverDirectListPrices() throws Exception {
        Reconciliation reconciliation = new CostService(sources, AliasTable.empty()).reconcile(
                new UsageSource.File(openRouterExport(), ReadOptions.defaults(), UsageFilter.ALL), Progress.NONE)
                .reconciliation();

        assertEquals(4, reconciliation.rows());
        assertEquals(1, reconciliation.rowsWithoutReportedCost());
        ReconciliationLine gpt4o = reconciliation.lines().stream().filter(l -> l.entry().model().equals("gpt-4o"))
                .findFirst().orElseThrow();
        assertEquals("openai", gpt4o.sheet().id());
        assertEquals(2, gpt4o.rows());
        assertEquals(new CostComparison(Money.usd("0.385"), Money.usd("0.35")), gpt4o.costs());
        assertEquals(Money.usd("0.035"), gpt4o.costs().difference().orElseThrow());
        assertEquals(0, BigDecimal.TEN.compareTo(gpt4o.costs().differencePercent().orElseThrow()));
        assertEquals("charged by OpenRouter (cost_total) vs openai gpt-4o at its direct list price (openai (2026-07-24))",
                gpt4o.comparison());
        ReconciliationLine claude = reconciliation.lines().stream().filter(l -> l.entry().provider().equals("anthropic"))
                .findFirst().orElseThrow();
        assertEquals(Money.usd("0"), claude.costs().difference().orElseThrow());
        CostComparison total = reconciliation.totalsByCurrency().get("USD");
        assertEquals(Money.usd("0.035"), total.difference().orElseThrow());
        assertEquals(0, new BigDecimal("4.375").compareTo(total.differencePercent().orElseThrow()));
    }

    /** A chosen sheet prices every row, and rows it has no entry for are listed with their tokens, not priced at zero. */
    @Test
    void aChosenSheetListsWhatItCannotPriceWithItsTokens() throws Exception {
        Path log = write("mixed.jsonl", """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1000,"completion_tokens":500,"prompt_tokens_details":{"cached_tokens":400}}}
                {"timestamp":"2025-11-25T16:02:00Z","response":{"id":"msg_3","type":"message","model":"claude-sonnet-4-20250514","usage":{"input_tokens":70,"output_tokens":30}}}
                """);

        PricedUsage priced = price(log, new PriceChoice.OneSheet(sources.bundled("openai")));

        assertFalse(priced.isComplete());
        assertEquals(Money.usd("0.007"), priced.totalUsd());
        UnpricedModel missing = priced.unmatched().getFirst();
        assertEquals("claude-sonnet-4-20250514", missing.usage().rawName());
        assertEquals(100, missing.usage().counts().totalTokens());
        assertEquals(List.of("openai"), missing.sheetsTried());
        assertTrue(priced.gatewayFees().isEmpty());
    }

    /**
     * Summed usage has no per-request prompt sizes: a daily OpenAI bucket of 3 gpt-5.4 requests with 300,000
     * input tokens passes the sheet's > 272,000 tier as a sum, so it is priced at the base rates and flagged:
     * 300,000 × $2.50/M + 1,000 × $15/M = $0.75 + $0.015 = $0.765.
     */
    @Test
    void summedUsageIsPricedAtTheBaseTierAndFlagged() throws Exception {
        Path buckets = write("usage.csv", """
                start_time,end_time,model,input_tokens,output_tokens,num_model_requests
                1772323200,1772409600,gpt-5.4,300000,1000,3
                """);

        PricedUsage priced = price(buckets, new PriceChoice.ByRoute());

        assertEquals(Money.usd("0.765"), priced.totalUsd());
        assertEquals(List.of(PricingFlag.CONTEXT_TIER_ASSUMED_BASE), priced.notes().stream().map(n -> n.flag()).toList());
    }

    /** The stored workspace, streamed from the store, costs what the file it came from costs. */
    @Test
    void theStoredWorkspaceCostsWhatItsFilesCost() throws Exception {
        Path export = openRouterExport();
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder.resolve("workspace.db"))) {
            new UsageImportService(database, ZoneOffset.UTC).commit(export, ImportOptions.defaults(), Progress.NONE);
            CostService service = new CostService(sources, AliasTable.empty());

            PricedUsage stored = service.price(new UsageSource.Stored(database, UsageFilter.ALL), new PriceChoice.ByRoute(),
                    Progress.NONE).priced();

            assertEquals(price(export, new PriceChoice.ByRoute()).totals(), stored.totals());
            assertEquals(Money.usd("1.60015"), stored.totalUsd());
        }
    }

    /** Only rows that start in the range are priced: the gpt-4o-mini row alone, 1,000 × $0.15/M = $0.00015 list. */
    @Test
    void aDateRangeKeepsOnlyTheRowsThatStartInIt() throws Exception {
        UsageFilter lastRowOnly = UsageFilter.between(Instant.parse("2026-03-16T12:00:00Z"), Instant.parse("2026-03-17T00:00:00Z"));
        PricedUsage priced = new CostService(sources, AliasTable.empty()).price(
                new UsageSource.File(openRouterExport(), ReadOptions.defaults(), lastRowOnly),
                new PriceChoice.OneSheet(sources.bundled("openrouter")), Progress.NONE).priced();

        assertEquals(1, priced.rows());
        assertEquals(Money.usd("0.00015"), priced.totalUsd());
    }

    /** The user's alias table wins: "prod-chat" is priced as gpt-4o-mini, 1,000 × $0.15/M + 100 × $0.60/M = $0.00021. */
    @Test
    void theAliasTableNamesWhatNoRuleCould() throws Exception {
        Path log = write("aliased.jsonl", """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"prod-chat","provider":"openai","usage":{"prompt_tokens":1000,"completion_tokens":100}}
                """);
        CostService service = new CostService(sources, AliasTable.empty().with("prod-chat", "openai", "gpt-4o-mini"));

        PricedUsage priced = service.price(new UsageSource.File(log, ReadOptions.defaults(), UsageFilter.ALL),
                new PriceChoice.ByRoute(), Progress.NONE).priced();

        assertEquals(Money.usd("0.00021"), priced.totalUsd());
    }

    private PricedUsage price(Path file, PriceChoice choice) throws Exception {
        return new CostService(sources, AliasTable.empty())
                .price(new UsageSource.File(file, ReadOptions.defaults(), UsageFilter.ALL), choice, Progress.NONE).priced();
    }

    private static Map<String, String> costByModel(PricedUsage priced) {
        return priced.byModel().stream().collect(java.util.stream.Collectors.toMap(m -> m.cost().entry().model(),
                m -> m.cost().cost().amount().stripTrailingZeros().toPlainString()));
    }

    /** Four generations on 16 March 2026; the last states no cost. */
    private Path openRouterExport() throws Exception {
        return write("openrouter.csv", """
                generation_id,created_at,cost_total,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,model_permaslug,provider_name
                gen-1,2026-03-16 10:00:00.000,0.275,100000,0,0,0,openai/gpt-4o,OpenAI
                gen-2,2026-03-16 10:05:00.000,0.11,20000,5000,0,0,openai/gpt-4o,Azure
                gen-3,2026-03-16 11:00:00.000,0.45,100000,10000,0,0,anthropic/claude-sonnet-4,Anthropic
                gen-4,2026-03-16 12:30:00.000,,1000,0,0,0,openai/gpt-4o-mini,OpenAI
                """);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
