package dev.ratecard.importers.text;

import java.util.Locale;

/** Booleans as exports write them: {@code true/false} in any case, {@code t/f} (PostgreSQL), {@code yes/no}, {@code 1/0}. */
public final class Flags {
    private Flags() {
    }

    public static boolean parse(String text) {
        // The spellings exports use most, without a lower-cased copy per value.
        switch (text) {
            case "true", "True", "TRUE", "1" -> {
                return true;
            }
            case "false", "False", "FALSE", "0" -> {
                return false;
            }
            default -> {
            }
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "t", "yes", "y", "1", "1.0" -> true;
            case "false", "f", "no", "n", "0", "0.0" -> false;
            default -> throw new ValueFormatException("not true or false");
        };
    }
}
