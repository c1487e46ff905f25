package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Low and high values for inputs the scenario does not list itself. Where a published range exists it is used
 * (selfhost-economics.md §5.6: engineer FTE 0–0.5, peak-to-average 1–5, u_max 0.5–0.9 …); for every other input the
 * base value ± {@code relativeSwing}.
 */
public record SensitivityDefaults(Map<Parameter, Range> ranges, BigDecimal relativeSwing, String relativeSource) {
    public static final SensitivityDefaults NONE = new SensitivityDefaults(Map.of(), new BigDecimal("0.25"),
            "base value ± 25 % (no published range)");

    public SensitivityDefaults {
        ranges = Map.copyOf(ranges);
        Check.fraction("relative_swing", relativeSwing);
        Objects.requireNonNull(relativeSource, "relativeSource");
    }

    public record Range(BigDecimal low, BigDecimal high, String source) {
        public Range {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            Objects.requireNonNull(source, "source");
        }
    }
}
