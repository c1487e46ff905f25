package dev.ratecard.ui.scenarios;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Wording;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One option's monthly cost at today's volume, line by line, each line with the source of its figures: the table
 * that makes every number on the screen traceable.
 *
 * @param replicas    e.g. "1 replica, 0.55 % busy" for a self-hosted option; empty otherwise
 */
record OptionBreakdown(String id, String name, Money monthly, Money perMillionTokens, String replicas, List<Line> lines) {
    OptionBreakdown {
        Objects.requireNonNull(monthly, "monthly");
        lines = List.copyOf(lines);
    }

    /** @param steps whole units bought (replicas, overage blocks), or {@code null} */
    record Line(String label, String group, Money amount, Long steps, String source) {
    }

    static List<OptionBreakdown> of(ScenarioResult result) {
        return result.options().stream().map(OptionBreakdown::of).toList();
    }

    private static OptionBreakdown of(OptionResult option) {
        List<Line> lines = option.breakdown().stream().map(OptionBreakdown::line).toList();
        return new OptionBreakdown(option.id(), option.name(), option.monthly(), option.perMillionTokens(),
                replicas(option), lines);
    }

    private static Line line(CostLine line) {
        return new Line(line.label(), CostGroup.of(line.category()).label(), line.amount(), line.steps(), line.source());
    }

    private static String replicas(OptionResult option) {
        if (option.replicas() == null) {
            return "";
        }
        String count = Wording.number(option.replicas(), 2);
        return count + (option.replicas().compareTo(BigDecimal.ONE) == 0 ? " replica" : " replicas")
                + (option.utilisation() == null ? "" : ", " + Wording.percent(option.utilisation()) + " busy");
    }
}
