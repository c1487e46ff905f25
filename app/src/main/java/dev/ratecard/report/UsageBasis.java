package dev.ratecard.report;

import dev.ratecard.pricing.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The usage stored in the workspace, as a report shows it beside the scenarios: the period it covers, tokens by
 * model and route with the cost the sources reported and the cost Ratecard recomputes, and what could not be priced
 * exactly. {@link StoredUsageBasis} fills it from the store and the cost engine.
 *
 * @param rowsAtAssumedTier usage rows summed over several requests that were priced at the base context tier
 */
public record UsageBasis(LocalDate from, LocalDate to, List<Line> lines, List<Unmatched> unmatched, long rowsAtAssumedTier) {
    public UsageBasis {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
        unmatched = List.copyOf(unmatched);
    }

    /** e.g. {@code 2026-07-01 to 2026-07-31}. */
    public String period() {
        return from + " to " + to;
    }

    /**
     * @param reported   what the sources stated, or {@code null} when no row did (several currencies: the first)
     * @param recomputed what the usage costs at the catalogue's prices, or {@code null} when no row could be priced
     * @param complete   false when some of the line's usage had no price entry or rate: then {@code recomputed} is low
     * @param rows       the stored rows the line sums
     * @param rowsWithoutRequests of those, the rows whose source states no request count (Anthropic's usage report, a
     *                   billing export): {@code requests} is then a floor, or not stated at all when every row is such
     */
    public record Line(String model, String route, long tokens, long requests, Money reported, Money recomputed,
                       boolean complete, long rows, long rowsWithoutRequests) {
        public Line {
            model = ReportText.clean(model);
            route = ReportText.clean(route);
        }
    }

    /** A model name no price entry matched, with the usage it leaves out of every total. */
    public record Unmatched(String model, String route, long tokens, long rows) {
        public Unmatched {
            model = ReportText.clean(model);
            route = ReportText.clean(route);
        }
    }
}
