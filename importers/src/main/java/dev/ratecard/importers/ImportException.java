package dev.ratecard.importers;

import dev.ratecard.importers.model.ImportIssue;

import java.util.List;

/**
 * A file that cannot be read at all (empty, binary, truncated JSON, missing required columns, not a format
 * Ratecard knows). Carries the issues that say where and why.
 */
public class ImportException extends Exception {
    private final List<ImportIssue> issues;

    public ImportException(ImportIssue issue) {
        this(List.of(issue));
    }

    public ImportException(List<ImportIssue> issues) {
        super(issues.isEmpty() ? "import failed" : issues.get(0).describe());
        this.issues = List.copyOf(issues);
    }

    public List<ImportIssue> issues() {
        return issues;
    }
}
