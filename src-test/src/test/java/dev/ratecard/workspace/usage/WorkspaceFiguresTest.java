package dev.ratecard.workspace.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.pricing.Money;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.costing.ReconciliationLine;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace at a glance, over {@link HandCheckedUsage} (August, direct) and one OpenRouter generation in
 * September: GPT-4o, 10,000,000 prompt and 2,000,000 completion tokens, charged 10 × 2.50 + 2 × 10 = $45, on which
 * OpenRouter's card top-up costs 5.5 % = $2.475 (above the $0.80 minimum).
 */
class WorkspaceFiguresTest {
    private static final String OPENROUTER = """
            generation_id,created_at,cost_total,cost_web_search,cost_cache,cost_file_processing,byok_usage_inference,\
            tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,model_permaslug,provider_name,variant,cancelled,\
            streamed,user,finish_reason_raw,finish_reason_normalized,generation_time_ms,time_to_first_token_ms,\
            api_key_disabled,api_key_name,app_name
            gen-1789041600-AAAAAAAAAAAAAAAAAAAA,2026-09-10 12:00:00.000,45,0,0,0,0,10000000,2000000,0,0,openai/gpt-4o,OpenAI,\
            standard,false,true,,stop,stop,1000,300,false,key,app
            """;

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void importBothFiles() throws Exception {
        workspace = new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(), ZoneOffset.UTC);
        for (Path file : List.of(HandCheckedUsage.write(folder), Files.writeString(folder.resolve("openrouter.csv"), OPENROUTER))) {
            assertInstanceOf(ImportResult.Imported.class, workspace.imports().commit(file, ImportOptions.defaults(), Progress.NONE));
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void spendByMonthAndRouteIncludesTheGatewaysFeesAndByProviderAndModelDoesNot() throws Exception {
        Spend spend = figuresOn("2026-10-05T00:00:00Z").spend();

        assertEquals(Map.of(YearMonth.of(2026, 8), Money.usd("0.096"), YearMonth.of(2026, 9), Money.usd("47.475")),
                spend.byMonth(), "August 0.045 + 0.03 + 0.021; September 45 + 2.475");
        assertEquals(List.of(new Spend.Share("openrouter", Money.usd("47.475")), new Spend.Share("direct", Money.usd("0.096"))),
                spend.byRoute());
        assertEquals(List.of(new Spend.Share("openai", Money.usd("45.096"))), spend.byProvider());
        assertEquals(List.of(new Spend.Share("openai/gpt-4o", Money.usd("45")), new Spend.Share("gpt-4o", Money.usd("0.075")),
                new Spend.Share("gpt-4o-mini", Money.usd("0.021"))), spend.byModel());
        assertEquals(Money.usd("47.571"), spend.total());
        assertEquals(Money.usd("2.475"), spend.gatewayFees());
        assertEquals(1, spend.unmatchedRows(), "acme-internal-llm");
        assertFalse(spend.complete());
    }

    @Test
    void volumePerMonthAndTheLastMonthThatHasEnded() throws Exception {
        WorkspaceFigures figures = figuresOn("2026-10-05T00:00:00Z");

        // August: 14,000 + 9,000 + 110,000 + 5,500 tokens in 4 requests; September: 12,000,000 in 1.
        assertEquals(List.of(138_500L, 12_000_000L), figures.months().stream().map(MonthVolume::tokens).toList());
        assertEquals(List.of(4L, 1L), figures.months().stream().map(MonthVolume::requests).toList());
        assertEquals(Optional.of(YearMonth.of(2026, 9)), figures.lastFullMonth().map(MonthVolume::month));
        assertEquals(Optional.of(YearMonth.of(2026, 8)), figuresOn("2026-09-30T23:59:59Z").lastFullMonth().map(MonthVolume::month),
                "September has not ended");
        assertEquals(Optional.empty(), figuresOn("2026-08-20T00:00:00Z").lastFullMonth());
    }

    @Test
    void reconcilesWhatEachRouteReportedWithTheDirectListPrice() throws Exception {
        WorkspaceFigures figures = figuresOn("2026-10-05T00:00:00Z");

        List<ReconciliationLine> lines = figures.reconciliation().lines();
        assertEquals(List.of("openrouter", "direct"), lines.stream().map(ReconciliationLine::route).toList());
        // OpenRouter passes GPT-4o through at OpenAI's list price: $45 charged, $45 at the direct price, no markup.
        assertEquals(Money.usd("45"), lines.get(0).costs().reported());
        assertEquals(Money.usd("45"), lines.get(0).costs().recomputed());
        assertEquals(Money.usd("0.075"), lines.get(1).costs().reported());
        assertEquals(Money.usd("0.075"), lines.get(1).costs().recomputed());
        assertEquals(2, figures.reconciliation().rowsWithoutReportedCost(), "gpt-4o-mini and acme-internal-llm");
        assertTrue(lines.stream().allMatch(line -> line.costs().difference().orElseThrow().isZero()));
    }

    private WorkspaceFigures figuresOn(String instant) throws Exception {
        return WorkspaceFigures.of(workspace, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Progress.NONE);
    }
}
