package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.text.Flags;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.TimestampParser;
import dev.ratecard.importers.text.ValueFormatException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Typed access to one row's {@link Cells}: every value that cannot be read throws a {@link RowProblem}
 * naming the field, the value and the reason. Absent counts read as zero; absent required values are errors.
 */
final class Row {
    private final NumberParser numbers;
    private final TimestampParser times;
    private final JsonSupport json;
    private Cells cells;

    Row(NumberParser numbers, TimestampParser times, JsonSupport json) {
        this.numbers = numbers;
        this.times = times;
        this.json = json;
    }

    Row on(Cells newCells) {
        this.cells = newCells;
        return this;
    }

    Cells cells() {
        return cells;
    }

    String name(Field field) {
        return cells.nameOf(field);
    }

    /** The field's own name that matched, spelt as the reader declares it: for values that outlive the file, such as a cost basis. */
    String declaredName(Field field) {
        return cells.declaredName(field);
    }

    boolean has(Field field) {
        return cells.has(field);
    }

    /** The text, or {@code null} when empty or absent. */
    String text(Field field) {
        return cells.text(field);
    }

    String required(Field field) {
        String text = cells.text(field);
        if (text == null) {
            throw new RowProblem(cells.nameOf(field), null, "missing value");
        }
        return text;
    }

    /** A count; 0 when absent or empty. */
    long count(Field field) {
        long count = cells.count(field, numbers);
        return count == Cells.ABSENT ? 0 : count;
    }

    /** A count, or {@code null} when absent or empty (for checks that need to know). */
    Long countOrNull(Field field) {
        long count = cells.count(field, numbers);
        return count == Cells.ABSENT ? null : count;
    }

    long requiredCount(Field field) {
        long count = cells.count(field, numbers);
        if (count == Cells.ABSENT) {
            throw new RowProblem(cells.nameOf(field), null, "missing value");
        }
        return count;
    }

    /** A decimal amount, or {@code null} when absent. */
    BigDecimal decimal(Field field) {
        BigDecimal plain = cells.plainDecimal(field, numbers);
        if (plain != null) {
            return plain;
        }
        String text = cells.text(field);
        if (text == null) {
            return null;
        }
        try {
            return numbers.decimal(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(cells.nameOf(field), text, bad.reason());
        }
    }

    BigDecimal requiredDecimal(Field field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            throw new RowProblem(cells.nameOf(field), null, "missing value");
        }
        return value;
    }

    Instant time(Field field) {
        String text = required(field);
        try {
            return times.parse(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(cells.nameOf(field), text, bad.reason());
        }
    }

    /** A time, or {@code null} when absent. */
    Instant timeOrNull(Field field) {
        return cells.text(field) == null ? null : time(field);
    }

    /** A flag, or {@code fallback} when absent. */
    boolean flag(Field field, boolean fallback) {
        String text = cells.text(field);
        if (text == null) {
            return fallback;
        }
        try {
            return Flags.parse(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(cells.nameOf(field), text, bad.reason());
        }
    }

    /** The value as JSON; a JSON string that itself holds JSON (a serialised object) is parsed. */
    JsonNode json(Field field) {
        JsonNode value = cells.json(field);
        if (value != null && value.isTextual()) {
            String text = value.textValue().strip();
            if (text.startsWith("{") || text.startsWith("[")) {
                return json.parseCell(text, cells.nameOf(field));
            }
        }
        return value;
    }

    /** The value as a JSON object, or {@code null} when absent or not an object. */
    JsonNode object(Field field) {
        JsonNode value = json(field);
        return value != null && value.isObject() ? value : null;
    }

    /** Parses a decimal written in a JSON node or text found outside the field table (nested structures). */
    BigDecimal decimal(String name, String text) {
        try {
            return numbers.decimal(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(name, text, bad.reason());
        }
    }

    long count(String name, String text) {
        try {
            return numbers.count(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(name, text, bad.reason());
        }
    }

    Instant time(String name, String text) {
        try {
            return times.parse(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(name, text, bad.reason());
        }
    }
}
