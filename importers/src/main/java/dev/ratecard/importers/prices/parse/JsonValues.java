package dev.ratecard.importers.prices.parse;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads numbers, text and dates out of JSON trees built by {@link ExactJson}. Numbers are taken from their
 * text: JSON floats arrive as exact {@link BigDecimal}s, strings are parsed with {@code new BigDecimal(text)};
 * no {@code double} is ever involved.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The value as the file wrote it, for messages: text without its quotes, anything else as JSON. */
    public static String sourceText(JsonNode node) {
        return node.isTextual() ? node.textValue() : jsonText(node);
    }

    /**
     * The value as JSON text, for fields kept as "other fields". Scalars are written directly: a catalogue
     * keeps tens of thousands of them, and serialising each through Jackson would cost more than reading it.
     */
    public static String jsonText(JsonNode node) {
        if (node.isTextual()) {
            return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(node.textValue())) + '"';
        }
        if (node.isBoolean() || node.isNull() || node.isIntegralNumber()) {
            return node.asText();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toString();
        }
        return node.toString();
    }

    /** A decimal from a JSON number or a numeric string; anything else is a problem, never zero. */
    public static BigDecimal decimal(JsonNode node, JsonSite site) throws EntryProblem {
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        if (node.isBigDecimal()) {
            return node.decimalValue();
        }
        if (node.isFloatingPointNumber()) {
            throw new IllegalStateException("a JSON float was read as a binary floating-point number at " + site.path());
        }
        if (node.isTextual()) {
            return parseDecimal(node.textValue(), site);
        }
        throw site.problem(sourceText(node), "not a number");
    }

    /** Parses decimal text exactly; rejects what {@link BigDecimal} would not read, including NaN and infinities. */
    public static BigDecimal parseDecimal(String text, JsonSite site) throws EntryProblem {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw site.problem(text, "empty where a number is expected");
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw site.problem(text, "not a number");
        }
    }

    /** A rate: a decimal that must not be negative. */
    public static BigDecimal rate(JsonNode node, JsonSite site) throws EntryProblem {
        BigDecimal value = decimal(node, site);
        if (value.signum() < 0) {
            throw site.problem(sourceText(node), "negative rate; a rate is never below zero");
        }
        return value;
    }

    /** A count or threshold: a whole number (written as an integer, an integral float such as
     *  {@code 256000.0}, or a string of one) that must not be negative. */
    public static long wholeNumber(JsonNode node, JsonSite site) throws EntryProblem {
        return whole(decimal(node, site), sourceText(node), site);
    }

    /** {@link #wholeNumber(JsonNode, JsonSite)} for a number written as a member name or a text cell. */
    public static long wholeNumber(String text, JsonSite site) throws EntryProblem {
        return whole(parseDecimal(text, site), text, site);
    }

    private static long whole(BigDecimal value, String text, JsonSite site) throws EntryProblem {
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw site.problem(text, "not a whole number");
        }
        if (whole.signum() < 0) {
            throw site.problem(text, "negative; must be zero or more");
        }
        if (whole.bitLength() >= Long.SIZE) {
            throw site.problem(text, "too large");
        }
        return whole.longValue();
    }

    /** A whole number that fits an {@code int} and is at least {@code minimum}. */
    public static int count(JsonNode node, JsonSite site, int minimum) throws EntryProblem {
        long value = wholeNumber(node, site);
        if (value < minimum || value > Integer.MAX_VALUE) {
            throw site.problem(sourceText(node), "must be a whole number from " + minimum + " to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    /** Non-blank text; a number or other JSON value where text is expected is a problem. */
    public static String text(JsonNode node, JsonSite site) throws EntryProblem {
        if (!node.isTextual()) {
            throw site.problem(sourceText(node), "must be text");
        }
        String text = node.textValue().trim();
        if (text.isEmpty()) {
            throw site.problem(node.textValue(), "is empty");
        }
        return text;
    }

    /** Checks that an entry is a JSON object; {@code what} names it in the message, e.g. "a model". */
    public static JsonNode object(JsonNode node, JsonSite site, String what) throws EntryProblem {
        if (!node.isObject()) {
            throw site.problem(sourceText(node), what + " must be a JSON object");
        }
        return node;
    }

    /** The text of a member that must be there. */
    public static String requiredText(JsonNode object, String name, JsonSite site) throws EntryProblem {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw site.member(name).problem(null, "missing; this field is required");
        }
        return text(value, site.member(name));
    }

    /** An ISO date, {@code YYYY-MM-DD}. */
    public static LocalDate date(JsonNode node, JsonSite site) throws EntryProblem {
        String text = text(node, site);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw site.problem(text, "not a date in the form YYYY-MM-DD");
        }
    }

    public static boolean bool(JsonNode node, JsonSite site) throws EntryProblem {
        if (!node.isBoolean()) {
            throw site.problem(sourceText(node), "must be true or false");
        }
        return node.booleanValue();
    }
}
