package dev.ratecard.scenario;

import java.math.BigDecimal;

/** Range checks on scenario inputs, each failing with the field's name. */
final class Check {
    private Check() {
    }

    static BigDecimal fraction(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidParameterException(field, value.toPlainString(), "must be between 0 and 1");
        }
        return value;
    }

    static BigDecimal nonNegative(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0) {
            throw new InvalidParameterException(field, value.toPlainString(), "must not be negative");
        }
        return value;
    }

    static BigDecimal positive(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() <= 0) {
            throw new InvalidParameterException(field, value.toPlainString(), "must be greater than 0");
        }
        return value;
    }

    static BigDecimal atLeastOne(String field, BigDecimal value) {
        required(field, value);
        if (value.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidParameterException(field, value.toPlainString(), "must be at least 1");
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidParameterException(field, value, "must not be negative");
        }
        return value;
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw new InvalidParameterException(field, value, "must be greater than 0");
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidParameterException(field, "nothing", "is required");
        }
        return value;
    }
}
