package dev.ratecard.ui.overview;

import java.util.List;
import java.util.Objects;

/**
 * A stored scenario's top finding as the overview lists it: "Moving X to Y saves $Z/month", the scenario it comes
 * from (to open it), and the scenario's own first findings.
 *
 * @param saves true when the move saves money; false when the baseline is already the cheapest
 */
public record FindingRow(long scenarioId, String scenario, String headline, String saving, boolean saves,
                         List<String> details) {
    public FindingRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(saving, "saving");
        details = List.copyOf(details);
    }
}
