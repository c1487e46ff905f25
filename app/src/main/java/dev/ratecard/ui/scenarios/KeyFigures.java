package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Wording;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The two figures the screen leads with: which option is cheapest at today's volume and for how much, and where
 * the focus pair breaks even (or that it never does), with today's volume set against it.
 *
 * @param breakEvenCaption e.g. "Qwen 2.5 72B on 2×H100 (RunPod) costs less than Together from"
 * @param breakEvenValue   e.g. "24.2B tokens/month", or "Never"
 * @param breakEvenDetail  the first crossing, or why it never happens; may be empty
 */
record KeyFigures(String cheapestCaption, String cheapestValue, String cheapestDetail, String breakEvenCaption,
                  String breakEvenValue, String breakEvenDetail) {
    KeyFigures {
        Objects.requireNonNull(cheapestCaption, "cheapestCaption");
        Objects.requireNonNull(breakEvenValue, "breakEvenValue");
    }

    static KeyFigures of(ScenarioResult result, Function<String, String> names) {
        long today = result.scenario().workload().totalTokens();
        OptionResult cheapest = result.options().stream().min(Comparator.comparing(OptionResult::monthly)).orElseThrow();
        String cheapestCaption = "Cheapest at today's " + BreakEvenWords.volume(today);
        String cheapestValue = MoneyFormatter.table(cheapest.monthly()) + "/month";
        if (result.focus().subject() == null || result.focus().baseline() == null) {
            return new KeyFigures(cheapestCaption, cheapestValue, cheapest.name(), "", "", "");
        }
        BreakEven b = result.breakEven(result.focus().subject(), result.focus().baseline());
        String dearer = names.apply(b.dearerAtLowVolume());
        String cheaper = names.apply(b.cheaperAtLowVolume());
        return switch (b) {
            case BreakEven.Sustained s -> new KeyFigures(cheapestCaption, cheapestValue, cheapest.name(),
                    dearer + " costs less than " + cheaper + " from", BreakEvenWords.volume(s.sustained()),
                    (s.first() < s.sustained() ? "First catches up at " + BreakEvenWords.volume(s.first()) + ". " : "")
                            + "Today's volume is " + share(today, s.sustained()) + " of it.");
            case BreakEven.Never n -> new KeyFigures(cheapestCaption, cheapestValue, cheapest.name(),
                    dearer + " against " + cheaper + ": break-even", "Never", n.reason());
            case BreakEven.Tied t -> new KeyFigures(cheapestCaption, cheapestValue, cheapest.name(),
                    dearer + " against " + cheaper, "Tied", "They cost the same at every volume.");
            case BreakEven.Undetermined u -> new KeyFigures(cheapestCaption, cheapestValue, cheapest.name(),
                    dearer + " against " + cheaper + ": settled only beyond", TokenFormatter.compact(u.settledBeyond())
                    + "/month", u.reason());
        };
    }

    private static String share(long today, long breakEven) {
        return Wording.percent(BigDecimal.valueOf(today).divide(BigDecimal.valueOf(breakEven), MathContext.DECIMAL64));
    }
}
