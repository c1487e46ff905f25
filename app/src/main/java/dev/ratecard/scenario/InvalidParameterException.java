package dev.ratecard.scenario;

/**
 * A scenario input outside its range. {@code field} is the parameter's name as scenario files write it
 * ({@code output_share}), so that a file reader can point at the JSON path.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String field;
    private final String value;
    private final String reason;

    public InvalidParameterException(String field, Object value, String reason) {
        super(field + ": " + reason + " (got " + value + ")");
        this.field = field;
        this.value = String.valueOf(value);
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
