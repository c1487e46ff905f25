package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sums worked out by hand over five rows that cross a month boundary, two currencies and missing keys. */
class UsageRepositoryTest {
    private static final List<UsageRecord> ROWS = List.of(
            row().line(2).at("2025-01-15T10:00:00Z").model("gpt-4o").tag(Tags.PROJECT, "alpha").tag(Tags.TEAM, "search")
                    .input(1_000, 500).cost("0.0075", "USD").build(),
            row().line(3).at("2025-01-31T23:59:59Z").model("gpt-4o").route(Routes.OPENROUTER).tag(Tags.PROJECT, "beta")
                    .input(2_000, 250).tokens(UsageBucket.CACHE_READ, 1_000).cost("0.00825", "USD").build(),
            row().line(4).at("2025-02-01T00:00:00Z").provider("anthropic").model("claude-3-5-sonnet")
                    .tag(Tags.PROJECT, "alpha").tag("feature", "summarise").input(3_000, 100).cost("0.0105", "USD").build(),
            row().line(5).at("2025-02-10T08:00:00Z").lasting(Duration.ofDays(1)).model("gpt-4o-mini").tag("feature", "summarise")
                    .input(10_000, 2_000).tokens(UsageBucket.REQUESTS, 20).cost("0.5", "EUR").build(),
            row().line(6).at("2025-02-10T09:00:00Z").provider(null).model("local-llama").route(Routes.LITELLM)
                    .tag(Tags.PROJECT, "alpha").input(500, 50).build());

    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();
    private UsageRepository usage;

    @BeforeEach
    void importRows() {
        workspace.importAll(request("usage.csv", 1), ROWS);
        usage = workspace.database().usage();
    }

    @Test
    void sumsByModelKeepCurrenciesApart() {
        assertEquals(List.of(
                // line 4
                group("claude-3-5-sonnet", 1, 3_000, 0, 100, 1, Map.of("USD", "0.0105")),
                // lines 2 and 3: 1,000 + 2,000 uncached, 500 + 250 output, 0.0075 + 0.00825 = 0.01575 USD
                group("gpt-4o", 2, 3_000, 1_000, 750, 2, Map.of("USD", "0.01575")),
                // line 5: one day's bucket of 20 requests, billed in EUR
                group("gpt-4o-mini", 1, 10_000, 0, 2_000, 20, Map.of("EUR", "0.50")),
                group("local-llama", 1, 500, 0, 50, 1, Map.of())),
                keysAndSums(usage.group(GroupBy.MODEL, UsageFilter.ALL)));
    }

    @Test
    void sumsByMonthSplitAtTheUtcMonthBoundary() {
        assertEquals(List.of(
                // lines 2 and 3; line 3 is 23:59:59 UTC on 31 January
                group("2025-01", 2, 3_000, 1_000, 750, 2, Map.of("USD", "0.01575")),
                // lines 4, 5, 6: 3,000 + 10,000 + 500 uncached, 100 + 2,000 + 50 output, 1 + 20 + 1 requests
                group("2025-02", 3, 13_500, 0, 2_150, 22, Map.of("EUR", "0.50", "USD", "0.0105"))),
                keysAndSums(usage.group(GroupBy.MONTH, UsageFilter.ALL)));
    }

    @Test
    void sumsByATagWithItsOwnColumnListUntaggedRowsLast() {
        assertEquals(List.of(
                // lines 2, 4, 6: 1,000 + 3,000 + 500; 500 + 100 + 50; 0.0075 + 0.0105 = 0.018 USD
                group("alpha", 3, 4_500, 0, 650, 3, Map.of("USD", "0.018")),
                group("beta", 1, 2_000, 1_000, 250, 1, Map.of("USD", "0.00825")),
                group(null, 1, 10_000, 0, 2_000, 20, Map.of("EUR", "0.50"))),
                keysAndSums(usage.group(GroupBy.tag(Tags.PROJECT), UsageFilter.ALL)));
    }

    @Test
    void sumsByATagKeptInTheJsonColumn() {
        assertEquals(List.of(
                // lines 4 and 5
                group("summarise", 2, 13_000, 0, 2_100, 21, Map.of("EUR", "0.50", "USD", "0.0105")),
                // lines 2, 3, 6
                group(null, 3, 3_500, 1_000, 800, 3, Map.of("USD", "0.01575"))),
                keysAndSums(usage.group(GroupBy.tag("feature"), UsageFilter.ALL)));
    }

    @Test
    void sumsByProviderAndRouteAndDayWithinAFilter() {
        UsageFilter lastDayOfJanuaryToTenthOfFebruary =
                UsageFilter.between(Instant.parse("2025-01-31T00:00:00Z"), Instant.parse("2025-02-10T08:00:00Z"));

        assertEquals(Arrays.asList("anthropic", "openai", null),
                usage.group(GroupBy.PROVIDER, UsageFilter.ALL).stream().map(UsageGroup::key).toList());
        assertEquals(List.of("direct", "litellm", "openrouter"),
                usage.group(GroupBy.ROUTE, UsageFilter.ALL).stream().map(UsageGroup::key).toList());
        // Lines 3 and 4; line 5 starts exactly at the exclusive end.
        assertEquals(List.of("2025-01-31", "2025-02-01"),
                usage.group(GroupBy.DAY, lastDayOfJanuaryToTenthOfFebruary).stream().map(UsageGroup::key).toList());
    }

    @Test
    void theWorkspaceSummaryCoversEveryRowAndItsDateRange() {
        UsageSummary all = usage.summary(UsageFilter.ALL);

        assertEquals(5, all.rows());
        // 1,000 + 2,000 + 3,000 + 10,000 + 500 uncached; 500 + 250 + 100 + 2,000 + 50 output
        assertEquals(16_500, all.totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(1_000, all.totals().get(UsageBucket.CACHE_READ));
        assertEquals(2_900, all.totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(24, all.requests());
        // 0.0075 + 0.00825 + 0.0105 = 0.02625 USD
        assertEquals(Map.of("EUR", money("0.50", "EUR"), "USD", Money.usd("0.02625")), all.reportedCost());
        // From line 2's start to the end of line 5's one-day bucket.
        assertEquals(Optional.of(new TimeRange(Instant.parse("2025-01-15T10:00:00Z"), Instant.parse("2025-02-11T08:00:00Z"))),
                all.range());
    }

    @Test
    void groupsAndTheirTotalComeFromOnePassAndTheTotalIsTheWorkspaceSummary() {
        GroupedUsage byMonth = usage.groupWithTotal(GroupBy.MONTH, UsageFilter.ALL);

        assertEquals(usage.group(GroupBy.MONTH, UsageFilter.ALL), byMonth.groups());
        // The same five rows as the workspace summary: 16,500 uncached in all, USD and EUR kept apart.
        assertEquals(usage.summary(UsageFilter.ALL), byMonth.total());
        assertEquals(16_500, byMonth.total().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(Map.of("EUR", money("0.50", "EUR"), "USD", Money.usd("0.02625")), byMonth.total().reportedCost());
    }

    @Test
    void aWorkspaceWithRowsIsNotEmptyAndAFreshOneIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        assertEquals(false, usage.isEmpty());
        try (WorkspaceDatabase fresh = WorkspaceDatabase.open(folder.resolve("fresh.db"))) {
            assertEquals(true, fresh.usage().isEmpty());
        }
    }

    @Test
    void rowsWhoseSourceStatesNoRequestCountAreCountedPerGroupAndInTheTotal() {
        // March 2025, apart from the five rows above: Anthropic's usage report (a day's tokens, no request count)
        // and a request log line under the same model, and one more model from the log.
        workspace.importAll(request("march.csv", 2), List.of(
                row().line(2).at("2025-03-01T00:00:00Z").lasting(Duration.ofDays(1)).provider("anthropic")
                        .model("claude-sonnet-4").tokens(UsageBucket.UNCACHED_INPUT, 5_000).build(),
                row().line(3).at("2025-03-02T10:00:00Z").provider("anthropic").model("claude-sonnet-4").input(100, 10).build(),
                row().line(4).at("2025-03-02T11:00:00Z").model("gpt-4o").input(100, 10).build()));
        UsageFilter march = UsageFilter.between(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));

        GroupedUsage byModel = usage.groupWithTotal(GroupBy.MODEL, march);

        // claude-sonnet-4: 2 rows, 1 request stated, 1 row stating none; gpt-4o: 1 row, 1 request.
        assertEquals(List.of("claude-sonnet-4: 1 requests, 1 of 2 rows stating none", "gpt-4o: 1 requests, 0 of 1 rows stating none"),
                byModel.groups().stream().map(g -> g.key() + ": " + g.summary().requests() + " requests, "
                        + g.rowsWithoutRequests() + " of " + g.summary().rows() + " rows stating none").toList());
        assertEquals(List.of(false, true), byModel.groups().stream().map(UsageGroup::requestsStated).toList());
        assertEquals(1, byModel.totalRowsWithoutRequests());
        assertEquals(0, usage.groupWithTotal(GroupBy.MODEL, UsageFilter.between(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"))).totalRowsWithoutRequests(), "every row above states its requests");
    }

    @Test
    void anEmptySelectionSumsToNothing() {
        UsageFilter before = UsageFilter.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));

        assertEquals(UsageSummary.EMPTY, usage.summary(before));
        assertEquals(List.of(), usage.group(GroupBy.MODEL, before));
        assertEquals(new GroupedUsage(List.of(), UsageSummary.EMPTY, 0), usage.groupWithTotal(GroupBy.MODEL, before));
    }

    @Test
    void streamingGivesBackTheRecordsAsImported() {
        try (Stream<UsageRecord> stored = usage.stream(UsageFilter.ALL)) {
            assertEquals(ROWS, stored.sorted(Comparator.comparingLong(r -> r.source().line())).toList());
        }
        try (Stream<UsageRecord> february = usage.stream(UsageFilter.between(Instant.parse("2025-02-01T00:00:00Z"), null))) {
            assertEquals(List.of(4L, 5L, 6L), february.map(r -> r.source().line()).sorted().toList());
        }
    }

    @Test
    void aStreamReadsOneSnapshotWhileAnImportCommits() {
        try (Stream<UsageRecord> stored = usage.stream(UsageFilter.ALL)) {
            Iterator<UsageRecord> rows = stored.iterator();
            rows.next();

            workspace.importAll(request("more.csv", 2), List.of(row().id("late").input(1, 1).build()));

            int rest = 0;
            while (rows.hasNext()) {
                rows.next();
                rest++;
            }
            assertEquals(ROWS.size() - 1, rest);
        }
        assertEquals(ROWS.size() + 1, usage.summary(UsageFilter.ALL).rows());
    }

    private static List<Object> keysAndSums(List<UsageGroup> groups) {
        return groups.stream().map(g -> (Object) List.of(String.valueOf(g.key()), g.summary().rows(),
                g.summary().totals(), g.summary().reportedCost())).toList();
    }

    private static Object group(String key, long rows, long uncached, long cacheRead, long output, long requests,
                                Map<String, String> cost) {
        BucketCounts totals = BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, uncached)
                .set(UsageBucket.CACHE_READ, cacheRead).set(UsageBucket.OUTPUT_TEXT, output)
                .set(UsageBucket.REQUESTS, requests).build();
        Map<String, Money> money = new TreeMap<>();
        cost.forEach((currency, amount) -> money.put(currency, money(amount, currency)));
        return List.of(String.valueOf(key), rows, totals, money);
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
