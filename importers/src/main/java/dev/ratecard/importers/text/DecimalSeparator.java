package dev.ratecard.importers.text;

/**
 * Which character a file uses between the whole and the fractional part of a number. Only consulted when a
 * value alone cannot tell: {@code 1,234} and {@code 1.234} (one separator followed by exactly three digits)
 * are a thousand and more under one choice, one and a bit under the other. Every other form is unambiguous
 * and read the same under both (see {@link NumberParser}).
 */
public enum DecimalSeparator {
    POINT('.'),
    COMMA(',');

    private final char character;

    DecimalSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }
}
