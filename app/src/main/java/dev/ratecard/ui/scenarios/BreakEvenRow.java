package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.PairBreakEven;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Wording;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A line of the break-even table: a pair of options, which is cheaper at low volume, where the other catches up
 * for good (or that it never does, and why), and the marginal cost of each per 1M tokens.
 */
record BreakEvenRow(String pair, String cheaperAtLowVolume, String breaksEven, String firstCrossing, String why) {

    static List<BreakEvenRow> of(ScenarioResult result, Function<String, String> names) {
        return result.breakEvens().stream().map(p -> row(p, names)).toList();
    }

    private static BreakEvenRow row(PairBreakEven pair, Function<String, String> names) {
        BreakEven b = pair.result();
        String first = b.firstCrossing().isPresent() ? CompactNumbers.format(BigDecimal.valueOf(b.firstCrossing().getAsLong()))
                : "\u2013";
        String why = switch (b) {
            case BreakEven.Never n -> n.reason();
            case BreakEven.Undetermined u -> u.reason();
            case BreakEven.Tied t -> "the same cost at every volume";
            case BreakEven.Sustained s -> "at the margin " + names.apply(s.dearerAtLowVolume()) + " costs "
                    + Wording.perMillion(perToken(s.marginal().dearerPerMillion())) + " tokens against "
                    + Wording.perMillion(perToken(s.marginal().cheaperPerMillion()));
        };
        return new BreakEvenRow(names.apply(pair.a()) + " vs " + names.apply(pair.b()),
                names.apply(b.cheaperAtLowVolume()), BreakEvenWords.shortOutcome(b), first, why);
    }

    private static BigDecimal perToken(BigDecimal perMillion) {
        return perMillion.movePointLeft(6);
    }
}
