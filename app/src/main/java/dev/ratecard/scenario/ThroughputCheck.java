package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when a self-hosted option's throughput was measured at request lengths far from the workload's: output
 * tokens per second on the same GPU and model differ about 20× between short chat and 8k-token prompts
 * (selfhost-economics.md §1), so a figure measured elsewhere is a proxy.
 */
final class ThroughputCheck {
    /** Request lengths within this factor of the measured ones pass without a warning. */
    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(2);

    private ThroughputCheck() {
    }

    static List<Finding> findings(Scenario scenario) {
        Workload w = scenario.workload();
        List<Finding> out = new ArrayList<>();
        if (w.requests() == 0) {
            return out;
        }
        BigDecimal requests = BigDecimal.valueOf(w.requests());
        BigDecimal input = Units.divide(BigDecimal.valueOf(w.inputTokens()), requests);
        BigDecimal output = Units.divide(BigDecimal.valueOf(w.outputTokens()), requests);
        for (OptionSpec option : scenario.options()) {
            ReplicaPlan plan = switch (option) {
                case OptionSpec.RentedGpus r -> r.plan();
                case OptionSpec.OwnedGpus o -> o.plan();
                default -> null;
            };
            if (plan == null || plan.measuredInputTokens() == null || plan.measuredOutputTokens() == null) {
                continue;
            }
            if (far(input, plan.measuredInputTokens()) || far(output, plan.measuredOutputTokens())) {
                out.add(new Finding("throughput", option.name() + "'s throughput was measured at "
                        + plan.measuredInputTokens() + " input / " + plan.measuredOutputTokens()
                        + " output tokens per request; this workload averages " + Wording.number(input, 0) + " / "
                        + Wording.number(output, 0) + ". Measure X_out@SLO at your own lengths (e.g. vllm bench serve)."));
            }
        }
        return out;
    }

    private static boolean far(BigDecimal actual, long measured) {
        BigDecimal m = BigDecimal.valueOf(measured);
        if (m.signum() == 0 || actual.signum() == 0) {
            return m.signum() != actual.signum();
        }
        return actual.compareTo(m.multiply(TOLERANCE)) > 0 || m.compareTo(actual.multiply(TOLERANCE)) > 0;
    }
}
