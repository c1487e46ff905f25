package dev.ratecard.workspace.settings;

import java.util.Locale;
import java.util.Optional;

/** Which look the window takes; {@link #SYSTEM} follows the operating system's light or dark setting. */
public enum ThemePreference {
    LIGHT, DARK, SYSTEM;

    /** The name settings files use: {@code light}, {@code dark}, {@code system}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThemePreference> fromKey(String key) {
        for (ThemePreference preference : values()) {
            if (preference.key().equals(key)) {
                return Optional.of(preference);
            }
        }
        return Optional.empty();
    }
}
