package dev.ratecard.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings that belong to a workspace rather than to the user (those live in the config folder): e.g. the
 * default currency or the last scenario opened in it. Plain text keys and values.
 */
public final class SettingsRepository {
    private final Jdbc jdbc;

    SettingsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.first("read the setting " + key, "SELECT value FROM settings WHERE key = ?",
                row -> row.getString(1), Objects.requireNonNull(key, "key"));
    }

    public void put(String key, String value) {
        jdbc.update("save the setting " + key, """
                        INSERT INTO settings (key, value) VALUES (?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value""",
                Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /** Returns false if the setting was not there. */
    public boolean remove(String key) {
        return jdbc.update("remove the setting " + key, "DELETE FROM settings WHERE key = ?", key) == 1;
    }

    /** Every setting, by key. */
    public Map<String, String> all() {
        Map<String, String> settings = new LinkedHashMap<>();
        jdbc.forEach("read the settings", "SELECT key, value FROM settings ORDER BY key",
                row -> settings.put(row.getString(1), row.getString(2)));
        return settings;
    }
}
