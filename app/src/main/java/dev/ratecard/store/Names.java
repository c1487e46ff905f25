package dev.ratecard.store;

import java.util.Objects;

/** The names users give scenarios and profiles: trimmed, and never blank. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        Objects.requireNonNull(name, what + " name");
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs a name");
        }
        return trimmed;
    }
}
