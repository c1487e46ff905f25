package dev.ratecard.report;

import dev.ratecard.scenario.Projection;
import dev.ratecard.scenario.ScenarioResult;

/** The figures behind the projection chart: each option's cost month by month, and owned hardware's payback. */
final class ProjectionTables {
    private ProjectionTables() {
    }

    static ReportTable projection(ScenarioResult result) {
        Projection projection = result.projection();
        ReportTable.Builder table = new ReportTable.Builder("projection", "Month by month, with the workload's growth",
                Column.of("Option", 3), Column.of("Month", 1), Column.of("Tokens", 2), Column.of("Per month", 1.6f),
                Column.of("Cumulative", 1.6f));
        for (Projection.Row row : projection.options()) {
            for (int month = 0; month < projection.volumes().size(); month++) {
                table.row(Cell.text(result.option(row.option()).name()), Cell.count((long) month + 1),
                        Cell.count(projection.volumes().get(month)), Cell.amount(row.monthly().get(month)),
                        Cell.amount(row.cumulative().get(month)));
            }
        }
        return table.build();
    }

    static ReportTable payback(ScenarioResult result) {
        ReportTable.Builder table = new ReportTable.Builder("payback", "Owned hardware against the baseline",
                Column.of("Option", 3), Column.of("Against", 3), Column.of("Capex paid", 1.6f), Column.of("Payback month", 1.2f),
                Column.of("Discounted payback month", 1.4f), Column.of("NPV", 1.6f));
        for (Projection.Row row : result.projection().options()) {
            Projection.Payback p = row.payback();
            if (p != null) {
                table.row(Cell.text(result.option(row.option()).name()), Cell.text(result.option(p.against()).name()),
                        Cell.amount(p.capexPaid()), months(p.paybackMonth()), months(p.discountedPaybackMonth()),
                        Cell.amount(p.npv()));
            }
        }
        return table.build();
    }

    private static Cell months(Integer month) {
        return month == null ? Cell.text("not within the horizon") : Cell.count(month.longValue());
    }
}
