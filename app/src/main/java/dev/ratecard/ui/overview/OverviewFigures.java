package dev.ratecard.ui.overview;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.usage.MonthVolume;
import dev.ratecard.workspace.usage.ScenarioFinding;
import dev.ratecard.workspace.usage.ScenarioFindings;
import dev.ratecard.workspace.usage.Spend;
import dev.ratecard.workspace.usage.WorkspaceFigures;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the Overview shows, worked out off the UI thread and handed over whole: the bars of each spend chart
 * with their figures, the volume lines, the findings, the reconciliation lines.
 */
record OverviewFigures(List<SpendBar> byMonth, List<SpendBar> byProvider, List<SpendBar> byRoute, List<SpendBar> byModel,
                       String totalSpend, String spendNote, List<KeyFigure> lastMonth, List<String> volume,
                       List<FindingRow> findings,
                       List<String> findingProblems, List<ReconciliationRow> reconciliation, String reconciliationNote,
                       boolean hasUsage, boolean hasScenarios) {
    static final int FINDINGS_SHOWN = 5;
    static final int DETAILS_SHOWN = 2;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("LLL yyyy", Locale.ENGLISH);

    OverviewFigures {
        byMonth = List.copyOf(byMonth);
        byProvider = List.copyOf(byProvider);
        byRoute = List.copyOf(byRoute);
        byModel = List.copyOf(byModel);
        Objects.requireNonNull(totalSpend, "totalSpend");
        Objects.requireNonNull(spendNote, "spendNote");
        lastMonth = List.copyOf(lastMonth);
        volume = List.copyOf(volume);
        findings = List.copyOf(findings);
        findingProblems = List.copyOf(findingProblems);
        reconciliation = List.copyOf(reconciliation);
        Objects.requireNonNull(reconciliationNote, "reconciliationNote");
    }

    static OverviewFigures of(WorkspaceFigures workspace, ScenarioFindings.Result scenarios) {
        Spend spend = workspace.spend();
        Money total = spend.total();
        List<SpendBar> months = spend.byMonth().entrySet().stream()
                .map(e -> SpendBar.of(SHORT_MONTH.format(e.getKey()), e.getValue(), total)).toList();
        String note = "Recomputed at the list prices of each row's route; by month and route with the gateways' fees ("
                + MoneyFormatter.table(spend.gatewayFees()) + "), by provider and model before them.";
        if (!spend.complete()) {
            note += " " + (spend.unmatchedRows() == 1 ? "1 row has no price and is in no figure: map its model"
                    : count(spend.unmatchedRows()) + " rows have no price and are in no figure: map their models")
                    + " on the Usage screen.";
        }
        return new OverviewFigures(months, bars(spend.byProvider(), total), bars(spend.byRoute(), total),
                bars(spend.byModel(), total), MoneyFormatter.table(total), note, lastMonth(workspace), volume(workspace),
                scenarios.findings().stream().limit(FINDINGS_SHOWN).map(OverviewFigures::finding).toList(),
                scenarios.problems().stream().map(p -> p.scenarioName() + ": " + p.reason()).toList(),
                workspace.reconciliation().lines().stream().map(ReconciliationRow::of).toList(),
                reconciliationNote(workspace), !workspace.isEmpty(),
                !scenarios.findings().isEmpty() || !scenarios.problems().isEmpty());
    }

    private static List<SpendBar> bars(List<Spend.Share> shares, Money total) {
        return shares.stream().map(share -> SpendBar.of(share.name(), share.cost(), total)).toList();
    }

    /** The last full month's tokens, requests and spend (with the gateways' fees): the current run rate. */
    private static List<KeyFigure> lastMonth(WorkspaceFigures workspace) {
        return workspace.lastFullMonth().map(last -> {
            String month = MONTH.format(last.month());
            Money spent = workspace.spend().byMonth().getOrDefault(last.month(), Money.ZERO_USD);
            return List.of(new KeyFigure(CompactNumbers.format(BigDecimal.valueOf(last.tokens())), "tokens in " + month),
                    new KeyFigure(last.requests() == 0 && last.rowsWithoutRequests() > 0 ? "\u2014" : count(last.requests()),
                            (last.requests() == 1 ? "request" : "requests")
                            + (last.rowsWithoutRequests() == 0 ? " in " + month : " stated in " + month + "; "
                            + count(last.rowsWithoutRequests()) + (last.rowsWithoutRequests() == 1 ? " usage row" : " usage rows")
                            + " from sources that state none")),
                    new KeyFigure(MoneyFormatter.table(spent), "spent in " + month + ", recomputed"));
        }).orElse(List.of());
    }

    private static List<String> volume(WorkspaceFigures workspace) {
        if (workspace.isEmpty()) {
            return List.of();
        }
        List<MonthVolume> months = workspace.months();
        long tokens = months.stream().mapToLong(MonthVolume::tokens).sum();
        long requests = months.stream().mapToLong(MonthVolume::requests).sum();
        boolean allStated = months.stream().allMatch(month -> month.rowsWithoutRequests() == 0);
        String average = "Average over " + months.size() + (months.size() == 1 ? " month: " : " months: ")
                + TokenFormatter.compact(tokens / months.size()) + " and " + requests(requests / months.size())
                + (allStated ? "" : " stated") + " a month";
        return List.of(workspace.lastFullMonth()
                .map(last -> TokenFormatter.exact(last.tokens()) + " in " + MONTH.format(last.month()) + ", the last full month.")
                .orElse("No month has ended yet since the first usage (" + MONTH.format(months.getFirst().month()) + ")."),
                average);
    }

    private static FindingRow finding(ScenarioFinding finding) {
        Money saving = finding.monthlySaving();
        boolean saves = saving.signum() > 0;
        String headline = saves
                ? "Moving " + finding.baseline() + " to " + finding.alternative() + " saves " + perMonth(saving)
                : finding.baseline() + " is already the cheapest: " + finding.alternative() + " would cost "
                + perMonth(saving.negate()) + " more";
        String figures = MoneyFormatter.table(finding.baselineMonthly()) + " \u2192 "
                + MoneyFormatter.table(finding.alternativeMonthly()) + " a month";
        return new FindingRow(finding.scenarioId(), finding.scenarioName(), headline, figures, saves,
                finding.details().stream().limit(DETAILS_SHOWN).toList());
    }

    private static String reconciliationNote(WorkspaceFigures workspace) {
        long without = workspace.reconciliation().rowsWithoutReportedCost();
        return "Reported: what each source says it charged. At direct list price: the same rows at the model provider's list"
                + " price. Through a gateway the difference is its measured markup per row; fees charged on buying credits"
                + " are not in the rows." + (without == 1 ? " 1 row states no cost and is left out."
                : without > 1 ? " " + count(without) + " rows state no cost and are left out." : "");
    }

    static String perMonth(Money money) {
        return MoneyFormatter.table(money) + "/month";
    }

    private static String requests(long value) {
        return count(value) + (value == 1 ? " request" : " requests");
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
