package dev.ratecard.ui.scenarios;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A line of the scenario list: a stored scenario's name, the options it compares, and when it last changed. */
record ScenarioEntry(long id, String name, List<String> options, Instant updated) {
    ScenarioEntry {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(updated, "updated");
    }
}
