package dev.ratecard.report;

/**
 * Something the numbers carry that a reader must know before relying on them.
 *
 * @param kind {@code unmatched_model}, {@code assumed_tier}, {@code stale_price}, {@code rough_default} or
 *             {@code substitution}
 */
public record Caveat(String kind, String text) {
    public Caveat {
        kind = ReportText.clean(kind);
        text = ReportText.clean(text);
    }
}
