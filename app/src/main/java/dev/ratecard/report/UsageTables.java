package dev.ratecard.report;

import java.util.Locale;

/** The workspace's stored usage: tokens per model and route, the cost the sources reported and the one recomputed. */
final class UsageTables {
    private UsageTables() {
    }

    static ReportTable of(UsageBasis usage) {
        ReportTable.Builder table = new ReportTable.Builder("usage", "Usage stored in the workspace, " + usage.period(),
                Column.of("Model", 3), Column.of("Route", 1.5f), Column.of("Tokens", 1.8f), Column.of("Requests", 1.4f),
                Column.of("Reported cost", 1.5f), Column.of("Recomputed cost", 1.5f), Column.of("Recomputed less reported", 1.6f),
                Column.detail("Every bucket priced"));
        for (UsageBasis.Line line : usage.lines()) {
            boolean comparable = line.reported() != null && line.recomputed() != null
                    && line.reported().currency().equals(line.recomputed().currency());
            table.row(Cell.text(line.model()), Cell.text(line.route()), Cell.count(line.tokens()), requests(line),
                    Cell.amount(line.reported()), Cell.amount(line.recomputed()),
                    comparable ? Cell.amount(line.recomputed().minus(line.reported())) : Cell.EMPTY,
                    Cell.text(line.complete() ? "yes" : "no"));
        }
        return table.build();
    }

    /**
     * The requests as a number where every row stated its count; otherwise in words, as a number would be read as
     * the count: "not stated" when no row did, "at least n" when only some did.
     */
    private static Cell requests(UsageBasis.Line line) {
        if (line.rowsWithoutRequests() == 0) {
            return Cell.count(line.requests());
        }
        return Cell.text(line.rowsWithoutRequests() == line.rows() ? "not stated"
                : String.format(Locale.ROOT, "at least %,d", line.requests()));
    }
}
