package dev.ratecard.report;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Units;
import dev.ratecard.scenario.Wording;

import java.util.Comparator;
import java.util.List;

/** Writes a scenario's recommendation: the cheapest option now, what it saves, and where the focus pair breaks even. */
final class Summaries {
    private Summaries() {
    }

    static Summary of(ScenarioResult result) {
        List<OptionResult> byCost = result.options().stream().sorted(Comparator.comparing(OptionResult::monthly)).toList();
        OptionResult best = byCost.getFirst();
        String volume = Wording.tokens(result.scenario().workload().totalTokens()) + " tokens/month";
        StringBuilder text = new StringBuilder("At ").append(volume).append(' ');
        if (byCost.size() == 1) {
            text.append(best.name()).append(", the only option compared, costs ").append(MoneyFormatter.minorUnit(best.monthly()))
                    .append("/month.");
            return new Summary(best.name(), best.monthly(), null, null, null, text.toString());
        }
        text.append("the recommended option is ").append(best.name()).append(", the cheapest of the ").append(byCost.size())
                .append(" compared, at ").append(MoneyFormatter.minorUnit(best.monthly())).append("/month.");
        String baseline = result.focus().baseline();
        boolean againstBaseline = baseline != null && !baseline.equals(best.id());
        OptionResult other = againstBaseline ? result.option(baseline) : byCost.get(1);
        Money perMonth = other.monthly().minus(best.monthly());
        Money perYear = perMonth.times(Units.MONTHS_PER_YEAR);
        text.append(" Against ").append(other.name()).append(againstBaseline ? ", the scenario's baseline," : ", the next cheapest,")
                .append(" it saves ").append(MoneyFormatter.minorUnit(perMonth)).append(" a month, ")
                .append(MoneyFormatter.minorUnit(perYear)).append(" a year.");
        if (best.substitution()) {
            text.append(" It serves the traffic with ").append(best.servedModel()).append(" instead of ")
                    .append(result.scenario().workload().model()).append(": check that it does the job as well before switching.");
        }
        result.findings().stream().filter(f -> f.kind().equals("break_even") || f.kind().equals("never")).findFirst()
                .map(Finding::text).ifPresent(f -> text.append(' ').append(f));
        return new Summary(best.name(), best.monthly(), other.name(), perMonth, perYear, text.toString());
    }
}
