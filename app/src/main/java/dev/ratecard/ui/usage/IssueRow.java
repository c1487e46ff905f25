package dev.ratecard.ui.usage;

import dev.ratecard.importers.model.ImportIssue;

import java.util.Objects;

/**
 * A problem a reader found, as the issue table shows it: error or warning, where (file and line, or JSON path), the
 * column, the value found and why it is a problem.
 */
public record IssueRow(String severity, String file, String line, String column, String value, String reason) {
    public IssueRow {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    public static IssueRow of(ImportIssue issue) {
        String line = issue.where().line() > 0 ? Long.toString(issue.where().line()) : "";
        if (issue.where().pointer() != null) {
            line = line.isEmpty() ? issue.where().pointer() : line + " " + issue.where().pointer();
        }
        return new IssueRow(issue.isError() ? "Error" : "Warning", issue.where().file(), line.isEmpty() ? "whole file" : line,
                issue.column() == null ? "" : issue.column(), issue.value() == null ? "" : issue.value(), issue.reason());
    }
}
