package dev.ratecard.importers.model;

import java.util.Objects;

/**
 * A problem found while reading a file. An {@link Severity#ERROR} means the file cannot be imported as it
 * stands; a {@link Severity#WARNING} is shown with the preview (a duplicate row, a value that was
 * interpreted); nothing is ever silently dropped.
 *
 * @param column the column or JSON field name, or {@code null} when the problem is not about one
 * @param value  the offending text as found (shortened for display), or {@code null}
 */
public record ImportIssue(Severity severity, SourceRef where, String column, String value, String reason) {
    public enum Severity { ERROR, WARNING }

    private static final int MAX_VALUE_LENGTH = 80;

    public ImportIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    public static ImportIssue error(SourceRef where, String column, String value, String reason) {
        return new ImportIssue(Severity.ERROR, where, column, value, reason);
    }

    public static ImportIssue warning(SourceRef where, String column, String value, String reason) {
        return new ImportIssue(Severity.WARNING, where, column, value, reason);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for terminals and logs: {@code usage.csv:12 column prompt_tokens, value "-3": negative token count}. */
    public String describe() {
        StringBuilder s = new StringBuilder(where.toString());
        if (column != null) {
            s.append(" column ").append(column);
        }
        if (value != null) {
            s.append(", value \"").append(value).append('"');
        }
        return s.append(": ").append(reason).toString();
    }
}
