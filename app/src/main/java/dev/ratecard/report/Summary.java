package dev.ratecard.report;

import dev.ratecard.pricing.Money;

import java.util.Objects;

/**
 * The recommendation of one scenario: the option cheapest at the workload's volume and what it saves against the
 * option it is compared with (the scenario's baseline, or the next cheapest when it is the baseline itself).
 *
 * @param comparedWith   the other option's name, or {@code null} when the scenario has one option only
 * @param savingPerMonth exact; {@code null} without another option
 * @param text           the whole paragraph, as the PDF prints it
 */
public record Summary(String recommended, Money monthly, String comparedWith, Money savingPerMonth, Money savingPerYear,
                      String text) {
    public Summary {
        recommended = ReportText.clean(recommended);
        Objects.requireNonNull(monthly, "monthly");
        comparedWith = comparedWith == null ? null : ReportText.clean(comparedWith);
        text = ReportText.clean(text);
    }
}
