package dev.ratecard.workspace.settings;

import java.util.List;
import java.util.Objects;

/**
 * Settings as read, and what was wrong with the file, if anything: each problem is a sentence naming the file,
 * the JSON path or position, the value and what Ratecard used instead.
 */
public record LoadedSettings(Settings settings, List<String> problems) {
    public LoadedSettings {
        Objects.requireNonNull(settings, "settings");
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
