package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The inputs a sensitivity table varies when the scenario does not list its own: every input of the pair and the workload. */
final class SensitivityInputs {
    private SensitivityInputs() {
    }

    static List<SensitivityInput> every(Scenario scenario, OptionSpec subject, OptionSpec baseline) {
        List<SensitivityInput> inputs = new ArrayList<>();
        SensitivityDefaults defaults = scenario.sensitivityDefaults();
        boolean hostsModel = subject.kind().hostsTheModel() || baseline.kind().hostsTheModel();
        for (Parameter p : Parameter.values()) {
            if (p.onWorkload()) {
                if (p == Parameter.GROWTH_PER_MONTH || p == Parameter.PEAK_TO_AVERAGE && !hostsModel) {
                    continue;
                }
                ParameterAccess.read(p, scenario.workload())
                        .flatMap(base -> input(p, null, "workload " + p.label(), base, defaults))
                        .ifPresent(inputs::add);
            }
        }
        for (OptionSpec option : List.of(subject, baseline)) {
            for (Parameter p : Parameter.values()) {
                if (!p.onWorkload()) {
                    ParameterAccess.read(p, option)
                            .flatMap(base -> input(p, option.id(), option.name() + " " + p.label(), base, defaults))
                            .ifPresent(inputs::add);
                }
            }
        }
        return inputs;
    }

    private static Optional<SensitivityInput> input(Parameter p, String option, String name, BigDecimal base,
                                                    SensitivityDefaults defaults) {
        SensitivityDefaults.Range range = defaults.ranges().get(p);
        BigDecimal low;
        BigDecimal high;
        String source;
        if (range != null) {
            low = range.low();
            high = range.high();
            source = range.source();
        } else {
            low = base.multiply(BigDecimal.ONE.subtract(defaults.relativeSwing()));
            high = base.multiply(BigDecimal.ONE.add(defaults.relativeSwing()));
            source = defaults.relativeSource();
            if (isFraction(p)) {
                high = high.min(BigDecimal.ONE);
            }
        }
        if (p.isCount()) {
            low = low.setScale(0, RoundingMode.HALF_EVEN);
            high = high.setScale(0, RoundingMode.HALF_EVEN);
        }
        if (low.compareTo(base) == 0 && high.compareTo(base) == 0) {
            return Optional.empty();
        }
        return Optional.of(new SensitivityInput(name, List.of(new SensitivityInput.Setting(option, p, low)),
                List.of(new SensitivityInput.Setting(option, p, high)), source));
    }

    private static boolean isFraction(Parameter p) {
        return switch (p) {
            case OUTPUT_SHARE, CACHE_HIT_SHARE, BATCH_SHARE, NEGOTIATED_DISCOUNT, MAX_UTILISATION, RESIDUAL_FRACTION,
                 LOAD_FACTOR -> true;
            default -> false;
        };
    }
}
