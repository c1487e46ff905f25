package dev.ratecard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report's first lines say.
 *
 * @param period   the stored usage's period, or what the workloads are when the workspace holds none
 * @param currency the currency of every amount
 */
public record ReportTitle(String heading, List<String> scenarioNames, String period, LocalDate date, String currency) {
    public ReportTitle {
        heading = ReportText.clean(heading);
        scenarioNames = scenarioNames.stream().map(ReportText::clean).toList();
        period = ReportText.clean(period);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
    }
}
