package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.util.List;
import java.util.Objects;

/**
 * One-at-a-time sensitivity of {@code subject} against {@code baseline}: each input at its low and its high value,
 * everything else at base, and what that does to the subject's monthly cost at the current volume and to the
 * break-even. Rows are ranked by how far they move the sustained break-even (never counts as furthest).
 */
public record SensitivityTable(String subject, String baseline, Money subjectMonthly, Money baselineMonthly,
                               BreakEven base, List<Row> rows) {
    public SensitivityTable {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(baseline, "baseline");
        rows = List.copyOf(rows);
    }

    public record Row(String name, String source, String lowValue, String highValue, Money subjectLow, Money subjectHigh,
                      Money baselineLow, Money baselineHigh, BreakEven low, BreakEven high) {
    }
}
