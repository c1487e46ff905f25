package dev.ratecard.importers.text;

/**
 * A cell or JSON value that cannot be read as what it should be (a count, an amount, a time, a flag). Carries
 * only the reason; whoever read the value adds the file, line and column. Thrown for bad rows, which can be
 * many, so it records no stack trace.
 */
public final class ValueFormatException extends RuntimeException {
    public ValueFormatException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
