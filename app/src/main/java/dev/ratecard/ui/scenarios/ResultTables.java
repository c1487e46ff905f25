package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;

import java.util.List;

/**
 * The two tables under the charts: every pair's break-even, and every option's monthly cost line by line with the
 * source of each line. Laid out as text that wraps, not as scrolling table views: they are read like a report, and
 * a source cut short would hide where a figure comes from.
 */
final class ResultTables {
    private ResultTables() {
    }

    static TextGrid breakEvens() {
        return new TextGrid("scenario-break-even-table", 26, 16, 14, 12, 32);
    }

    static void showBreakEvens(TextGrid grid, List<BreakEvenRow> rows) {
        grid.begin();
        header(grid, "Options", "Cheaper at low volume", "Breaks even for good (tokens/month)",
                "First crossing (tokens/month)", "Why");
        int r = 2;
        for (BreakEvenRow row : rows) {
            grid.cell(row.pair(), 0, r, "table-text");
            grid.cell(row.cheaperAtLowVolume(), 1, r, "table-text");
            grid.cell(row.breaksEven(), 2, r, "table-figure");
            grid.cell(row.firstCrossing(), 3, r, "table-figure");
            grid.cell(row.why(), 4, r, "table-note");
            grid.rule(r + 1, "table-rule");
            r += 2;
        }
        grid.end();
    }

    static TextGrid breakdown() {
        return new TextGrid("scenario-breakdown-table", 28, 14, 18, 40);
    }

    static void showBreakdown(TextGrid grid, List<OptionBreakdown> options) {
        grid.begin();
        header(grid, "Option and cost line", "USD/month", "", "Source");
        int r = 2;
        for (OptionBreakdown option : options) {
            grid.cell(option.name(), 0, r, "table-total");
            grid.cell(MoneyFormatter.table(option.monthly()), 1, r, "table-total-figure");
            grid.cell(MoneyFormatter.table(option.perMillionTokens()) + " per 1M tokens"
                    + (option.replicas().isEmpty() ? "" : "; " + option.replicas()), 2, r, "table-note");
            r++;
            for (OptionBreakdown.Line line : option.lines()) {
                grid.cell(line.label(), 0, r, "table-line");
                grid.cell(MoneyFormatter.table(line.amount()), 1, r, "table-figure");
                grid.cell(line.steps() == null ? line.group() : line.group() + ", " + line.steps() + " bought", 2, r,
                        "table-note");
                grid.cell(line.source(), 3, r, "table-note");
                r++;
            }
            grid.rule(r, "table-rule");
            r++;
        }
        grid.end();
    }

    private static void header(TextGrid grid, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            grid.cell(titles[c], c, 0, "table-header");
        }
        grid.rule(1, "table-header-rule");
    }
}
