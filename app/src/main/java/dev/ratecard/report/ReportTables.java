package dev.ratecard.report;

import dev.ratecard.scenario.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A report as the spreadsheet and the CSV files carry it: one table per kind, the rows of every scenario in it
 * under a first "Scenario" column, so that a script reads one schema however many scenarios a report holds.
 * Only the chosen sections' tables are listed; the title table always is.
 */
public final class ReportTables {
    static final String SCENARIO = "Scenario";

    private ReportTables() {
    }

    public static List<ReportTable> of(Report report) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(title(report));
        if (report.includes(ReportSection.SUMMARY)) {
            tables.add(summary(report));
        }
        if (report.includes(ReportSection.COMPARISON)) {
            tables.add(combined(report, ScenarioReport::comparison));
            tables.add(combined(report, ScenarioReport::breakdown));
        }
        if (report.includes(ReportSection.BREAK_EVEN)) {
            tables.add(combined(report, ScenarioReport::breakEven));
        }
        if (report.includes(ReportSection.SENSITIVITY)) {
            tables.add(combined(report, ScenarioReport::sensitivity));
        }
        if (report.includes(ReportSection.CHARTS)) {
            tables.add(combined(report, ScenarioReport::projection));
            ReportTable payback = combined(report, ScenarioReport::payback);
            if (!payback.isEmpty()) {
                tables.add(payback);
            }
        }
        if (report.includes(ReportSection.FINDINGS)) {
            tables.add(findings(report));
        }
        if (report.includes(ReportSection.ASSUMPTIONS)) {
            tables.add(combined(report, ScenarioReport::assumptions));
            tables.add(combined(report, ScenarioReport::workload));
            report.workspaceUsage().ifPresent(tables::add);
        }
        if (report.includes(ReportSection.CAVEATS)) {
            tables.add(caveats(report));
        }
        return tables;
    }

    private static ReportTable title(Report report) {
        ReportTitle t = report.title();
        return new ReportTable.Builder("report", "Report", Column.of("Field", 1), Column.of("Value", 4))
                .row(Cell.text("Report"), Cell.text(t.heading()))
                .row(Cell.text("Scenarios"), Cell.text(String.join("\n", t.scenarioNames())))
                .row(Cell.text("Period"), Cell.text(t.period()))
                .row(Cell.text("Date"), Cell.text(t.date().toString()))
                .row(Cell.text("Currency"), Cell.text(t.currency()))
                .build();
    }

    private static ReportTable summary(Report report) {
        ReportTable.Builder table = new ReportTable.Builder("summary", "Summary", Column.of(SCENARIO, 2),
                Column.of("Recommended", 2), Column.of("Per month", 1), Column.of("Compared with", 2),
                Column.of("Saving per month", 1), Column.of("Saving per year", 1), Column.of("Summary", 6));
        for (ScenarioReport s : report.scenarios()) {
            Summary sum = s.summary();
            table.row(Cell.text(s.name()), Cell.text(sum.recommended()), Cell.amount(sum.monthly()),
                    Cell.text(sum.comparedWith() == null ? "" : sum.comparedWith()), Cell.amount(sum.savingPerMonth()),
                    Cell.amount(sum.savingPerYear()), Cell.text(sum.text()));
        }
        return table.build();
    }

    private static ReportTable findings(Report report) {
        ReportTable.Builder table = new ReportTable.Builder("findings", "Findings", Column.of(SCENARIO, 2),
                Column.of("Kind", 1), Column.of("Finding", 8));
        for (ScenarioReport s : report.scenarios()) {
            for (Finding f : s.findings()) {
                table.row(Cell.text(s.name()), Cell.text(f.kind()), Cell.text(f.text()));
            }
        }
        return table.build();
    }

    private static ReportTable caveats(Report report) {
        ReportTable.Builder table = new ReportTable.Builder("caveats", "Caveats", Column.of(SCENARIO, 2),
                Column.of("Kind", 1), Column.of("Caveat", 8));
        for (ScenarioReport s : report.scenarios()) {
            s.caveats().forEach(c -> table.row(Cell.text(s.name()), Cell.text(c.kind()), Cell.text(c.text())));
        }
        report.caveats().forEach(c -> table.row(Cell.text("workspace"), Cell.text(c.kind()), Cell.text(c.text())));
        return table.build();
    }

    /** The same table of every scenario, one after the other, under a first column naming the scenario. */
    private static ReportTable combined(Report report, Function<ScenarioReport, ReportTable> part) {
        ReportTable first = part.apply(report.scenarios().getFirst()).prefixed(SCENARIO, report.scenarios().getFirst().name());
        List<List<Cell>> rows = new ArrayList<>(first.rows());
        for (ScenarioReport s : report.scenarios().subList(1, report.scenarios().size())) {
            rows.addAll(part.apply(s).prefixed(SCENARIO, s.name()).rows());
        }
        return new ReportTable(first.id(), first.title(), first.columns(), rows);
    }
}
