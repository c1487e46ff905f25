package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of a one-at-a-time sensitivity run: the settings that make its low case and its high case. A row
 * usually sets one parameter; the API price row of selfhost-economics.md §5.6 sets an input and an output rate
 * together.
 */
public record SensitivityInput(String name, List<Setting> low, List<Setting> high, String source) {
    public SensitivityInput {
        Objects.requireNonNull(name, "name");
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (low.isEmpty() || high.isEmpty()) {
            throw new InvalidParameterException("sensitivity", name, "needs a low and a high setting");
        }
        source = source == null ? "scenario" : source;
    }

    /**
     * @param option the option whose input it sets, or {@code null} for the workload
     */
    public record Setting(String option, Parameter parameter, BigDecimal value) {
        public Setting {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(value, "value");
            if (parameter.onWorkload() != (option == null)) {
                throw new InvalidParameterException("parameter", parameter.key(), parameter.onWorkload()
                        ? "is a workload input and takes no option" : "is an option input and needs the option's id");
            }
        }
    }
}
