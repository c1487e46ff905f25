package dev.ratecard.importers.usage;

/**
 * Why one row (or JSON item) cannot become a record: the field, its value as found and the reason. The
 * session turns it into an {@link dev.ratecard.importers.model.ImportIssue} with the file and line. Rows can
 * be bad by the thousand, so it records no stack trace.
 */
final class RowProblem extends RuntimeException {
    private final String field;
    private final String value;

    RowProblem(String field, String value, String reason) {
        super(reason, null, false, false);
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    String reason() {
        return getMessage();
    }
}
