package dev.ratecard.ui.scenarios;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Each option's monthly cost at today's volume, broken down by {@link CostGroup}, exactly. */
record MonthlyBars(List<Bar> bars) {
    MonthlyBars {
        bars = List.copyOf(bars);
    }

    /** @param parts the exact amount of every group the option pays anything for */
    record Bar(String id, String name, Money total, Map<CostGroup, Money> parts) {
        Bar {
            Objects.requireNonNull(total, "total");
            parts = Map.copyOf(parts);
        }
    }

    static MonthlyBars of(ScenarioResult result) {
        return new MonthlyBars(result.options().stream().map(MonthlyBars::bar).toList());
    }

    private static Bar bar(OptionResult option) {
        Map<CostGroup, Money> parts = new EnumMap<>(CostGroup.class);
        for (CostLine line : option.breakdown()) {
            if (!line.amount().isZero()) {
                parts.merge(CostGroup.of(line.category()), line.amount(), Money::plus);
            }
        }
        return new Bar(option.id(), option.name(), option.monthly(), parts);
    }
}
