package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.scenario.BreakEven;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A break-even in words, short enough for a chart's headline and a table cell: who costs less from which volume,
 * or why it never happens.
 */
final class BreakEvenWords {
    private BreakEvenWords() {
    }

    /** e.g. "Qwen on 2×H100 costs less than Together from 24.2B tokens/month". */
    static String sentence(BreakEven breakEven, Function<String, String> names) {
        String dearer = names.apply(breakEven.dearerAtLowVolume());
        String cheaper = names.apply(breakEven.cheaperAtLowVolume());
        return switch (breakEven) {
            case BreakEven.Sustained s -> dearer + " costs less than " + cheaper + " from " + volume(s.sustained())
                    + (s.first() < s.sustained() ? " (it first catches up at " + volume(s.first()) + " and crosses back "
                    + crossingsBack(s.crossings()) + ")" : "");
            case BreakEven.Never n -> dearer + " never costs less than " + cheaper + ": " + n.reason();
            case BreakEven.Tied t -> dearer + " and " + cheaper + " cost the same at every volume";
            case BreakEven.Undetermined u -> "Which of " + dearer + " and " + cheaper + " costs less is settled only "
                    + "beyond " + volume(u.settledBeyond()) + ": " + u.reason();
        };
    }

    /** The result alone, for a table cell: "from 24.2B tokens/month", "never", "tied". */
    static String outcome(BreakEven breakEven) {
        return switch (breakEven) {
            case BreakEven.Sustained s -> volume(s.sustained());
            case BreakEven.Never n -> "never";
            case BreakEven.Tied t -> "the same at every volume";
            case BreakEven.Undetermined u -> "undetermined below " + volume(u.settledBeyond());
        };
    }

    /** The result for a table cell whose header gives the unit: "24.2B", "never", "tied". */
    static String shortOutcome(BreakEven breakEven) {
        return switch (breakEven) {
            case BreakEven.Sustained s -> CompactNumbers.format(BigDecimal.valueOf(s.sustained()));
            case BreakEven.Never n -> "never";
            case BreakEven.Tied t -> "tied";
            case BreakEven.Undetermined u -> "beyond " + CompactNumbers.format(BigDecimal.valueOf(u.settledBeyond()));
        };
    }

    static String volume(long tokens) {
        return TokenFormatter.compact(tokens) + "/month";
    }

    private static String crossingsBack(int crossings) {
        int back = Math.max(0, (crossings - 1) / 2);
        return back == 1 ? "once" : back + " times";
    }
}
