package dev.ratecard.workspace.usage;

import dev.ratecard.pricing.Money;

import java.util.List;
import java.util.Objects;

/**
 * The main finding of one stored scenario at its current volume: its baseline (what the traffic pays today, the
 * focus's baseline) against the cheapest other option. When the baseline is itself the cheapest, the alternative is
 * the next cheapest and the saving is negative: moving would cost more.
 *
 * @param details the scenario's own findings, in the order the engine writes them
 */
public record ScenarioFinding(long scenarioId, String scenarioName, String baseline, Money baselineMonthly,
                              String alternative, Money alternativeMonthly, List<String> details) {
    public ScenarioFinding {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselineMonthly, "baselineMonthly");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(alternativeMonthly, "alternativeMonthly");
        details = List.copyOf(details);
    }

    /** What moving the traffic from the baseline to the alternative saves a month; negative if it costs more. */
    public Money monthlySaving() {
        return baselineMonthly.minus(alternativeMonthly);
    }
}
