package dev.ratecard.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A choice with a lower-case name the command line and settings use: {@code pdf}, {@code a4}, {@code break-even}. */
public interface Keyed {
    String key();

    /** The constant whose key is {@code key}, ignoring case and surrounding space. */
    static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(wanted)).findFirst();
    }
}
