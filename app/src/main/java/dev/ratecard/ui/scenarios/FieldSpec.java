package dev.ratecard.ui.scenarios;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one input of a scenario is: its label and unit on screen, where it sits in the scenario file (a JSON path
 * relative to its option or workload, so that an error the file's reader reports lands on it), how it is typed,
 * and its bounds in file units (fractions for percentages).
 *
 * @param requiredReason why the field cannot be left empty, or {@code null} when empty means "the default"
 */
record FieldSpec(String label, String unit, String path, Format format, String requiredReason, BigDecimal min,
                 BigDecimal max, String defaultKey) {

    /** How the field is typed. A percentage is shown as {@code 25} and written to the file as {@code "0.25"}. */
    enum Format { DECIMAL, PERCENT, COUNT, TEXT }

    FieldSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    static FieldSpec decimal(String label, String unit, String path) {
        return new FieldSpec(label, unit, path, Format.DECIMAL, null, BigDecimal.ZERO, null, null);
    }

    static FieldSpec percent(String label, String path) {
        return new FieldSpec(label, "%", path, Format.PERCENT, null, BigDecimal.ZERO, BigDecimal.ONE, null);
    }

    static FieldSpec count(String label, String unit, String path) {
        return new FieldSpec(label, unit, path, Format.COUNT, null, BigDecimal.ZERO, null, null);
    }

    static FieldSpec text(String label, String path) {
        return new FieldSpec(label, "", path, Format.TEXT, null, null, null, null);
    }

    /** Empty is not allowed; {@code reason} says what to enter. */
    FieldSpec required(String reason) {
        return new FieldSpec(label, unit, path, format, Objects.requireNonNull(reason, "reason"), min, max, defaultKey);
    }

    FieldSpec between(BigDecimal low, BigDecimal high) {
        return new FieldSpec(label, unit, path, format, requiredReason, low, high, defaultKey);
    }

    FieldSpec atLeast(BigDecimal low) {
        return between(low, null);
    }

    /** Empty takes the bundled self-hosting default of this key, which the field then cites. */
    FieldSpec withDefault(String key) {
        return new FieldSpec(label, unit, path, format, requiredReason, min, max, Objects.requireNonNull(key, "key"));
    }

    /** The same field under another parent, e.g. {@code .engineer} + {@code .fte}. */
    FieldSpec under(String parent) {
        return new FieldSpec(label, unit, parent + path, format, requiredReason, min, max, defaultKey);
    }

    boolean isRequired() {
        return requiredReason != null;
    }
}
