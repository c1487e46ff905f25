package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.ValueFormatException;

import java.math.BigDecimal;

/** The values of one row, whether a CSV record or a JSON object, looked up by {@link Field}. */
interface Cells {
    /** What {@link #count} returns for a value that is absent or empty. */
    long ABSENT = -1;

    /** The value as text, stripped; {@code null} when absent, empty, JSON {@code null} or written {@code NULL}. */
    String text(Field field);

    /** A whole, non-negative count, or {@link #ABSENT}; a value that is no count is a {@link RowProblem}. */
    long count(Field field, NumberParser numbers);

    /** The value as JSON: the node itself for JSON, a CSV cell's text parsed; {@code null} when absent. */
    JsonNode json(Field field);

    /**
     * The field as a plain amount read where it lies, without its text ({@link NumberParser#plainDecimal}), or
     * {@code null}: then it is read through {@link #text}, as any amount can be.
     */
    default BigDecimal plainDecimal(Field field, NumberParser numbers) {
        return null;
    }

    /** The name the value was found under (the header's spelling), for messages. */
    String nameOf(Field field);

    /** Which of the field's own names matched, as the reader spells it (stable whatever the header's case). */
    String declaredName(Field field);

    /** Whether the row's source has the field at all (a CSV column, a JSON member), even if empty. */
    boolean has(Field field);

    static long parseCount(NumberParser numbers, String text, Cells cells, Field field) {
        try {
            return numbers.count(text);
        } catch (ValueFormatException bad) {
            throw new RowProblem(cells.nameOf(field), text, bad.reason());
        }
    }

    static String nullIfEmpty(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.equals("NULL") || s.equals("null") || s.equals("\\N")) {
            return null;
        }
        return s;
    }
}
