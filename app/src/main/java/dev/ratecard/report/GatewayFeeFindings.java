package dev.ratecard.report;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.CostCategory;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Staffing;
import dev.ratecard.scenario.Units;
import dev.ratecard.scenario.Wording;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Puts each hosted gateway's fees against the cost of an engineer, at the user's volume: the question behind
 * "should we run our own proxy?". The engineer is the one the scenario already pays for (the first option with
 * staff), else one full-time engineer at the bundled loaded salary. Scenarios with a self-hosted gateway get the
 * exact break-even from the engine instead.
 */
final class GatewayFeeFindings {
    private GatewayFeeFindings() {
    }

    static List<Finding> of(ScenarioResult result, Staffing defaultEngineer) {
        List<OptionSpec> options = result.scenario().options();
        if (options.stream().anyMatch(o -> o.kind() == OptionKind.SELF_HOSTED_GATEWAY)) {
            return List.of();
        }
        Staffing engineer = options.stream().map(GatewayFeeFindings::staffing).flatMap(Optional::stream)
                .filter(s -> s.fte().signum() > 0).findFirst().orElse(defaultEngineer);
        Money engineerMonthly = Money.usd(engineer.usdPerMonth());
        long volume = result.scenario().workload().totalTokens();
        return result.options().stream().filter(o -> o.kind() == OptionKind.HOSTED_GATEWAY)
                .map(o -> finding(o, fees(o), engineer, engineerMonthly, volume)).toList();
    }

    private static Finding finding(OptionResult gateway, Money fees, Staffing engineer, Money engineerMonthly, long volume) {
        String who = Wording.number(engineer.fte(), 3) + " FTE of an engineer at "
                + Wording.dollars(engineer.loadedSalaryUsdPerYear()) + "/year ("
                + MoneyFormatter.minorUnit(engineerMonthly) + "/month)";
        String text = "At " + Wording.tokens(volume) + " tokens/month " + gateway.name() + "'s fees come to "
                + MoneyFormatter.minorUnit(fees) + "/month against " + who;
        if (fees.signum() <= 0) {
            text += "; with no fees to save, running your own proxy never pays for that engineer.";
        } else if (fees.compareTo(engineerMonthly) >= 0) {
            text += ": the fees already pay for the engineer, so a proxy you run yourself is worth pricing.";
        } else {
            BigDecimal breakEven = Units.divide(engineerMonthly.amount().multiply(BigDecimal.valueOf(volume)), fees.amount());
            text += ": running your own proxy instead pays for the engineer only at about " + Wording.tokens(breakEven)
                    + " tokens/month, if the fees grow in step with volume.";
        }
        return new Finding("fees", text);
    }

    private static Money fees(OptionResult option) {
        return option.breakdown().stream()
                .filter(l -> l.category() == CostCategory.FEES || l.category() == CostCategory.PLAN)
                .map(CostLine::amount).reduce(Money.ZERO_USD, Money::plus);
    }

    private static Optional<Staffing> staffing(OptionSpec option) {
        return switch (option) {
            case OptionSpec.RentedGpus r -> Optional.of(r.staffing());
            case OptionSpec.OwnedGpus o -> Optional.of(o.staffing());
            case OptionSpec.SelfHostedGateway g -> Optional.of(g.staffing());
            case OptionSpec.Api a -> Optional.empty();
            case OptionSpec.Mix m -> Optional.empty();
        };
    }
}
