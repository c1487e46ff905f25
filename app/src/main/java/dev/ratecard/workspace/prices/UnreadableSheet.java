package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.ImportIssue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file in the user's sheet folder that no longer reads (edited by hand, or its id taken by another sheet).
 * It is left where it is and reported, so that the rest of the library still loads.
 */
public record UnreadableSheet(Path file, List<ImportIssue> issues) {
    public UnreadableSheet {
        Objects.requireNonNull(file, "file");
        issues = List.copyOf(issues);
    }

    /** One paragraph for the user: the file, then each problem on its own line. */
    public String describe() {
        StringBuilder text = new StringBuilder(file.getFileName().toString()).append(" could not be read:");
        issues.forEach(issue -> text.append("\n  ").append(issue.describe()));
        return text.toString();
    }
}
