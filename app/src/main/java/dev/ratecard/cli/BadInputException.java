package dev.ratecard.cli;

import dev.ratecard.importers.model.ImportIssue;

import java.util.List;

/** Input the user gave that Ratecard cannot use: exit code 1, with every issue (file, line, column, value, reason). */
final class BadInputException extends RuntimeException {
    private final List<ImportIssue> issues;

    BadInputException(String message, List<ImportIssue> issues) {
        super(message, null, false, false);
        this.issues = List.copyOf(issues);
    }

    BadInputException(String message) {
        this(message, List.of());
    }

    List<ImportIssue> issues() {
        return issues;
    }
}
