package dev.ratecard.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saved scenarios. Names are unique ignoring case and surrounding spaces; taking one that is in use throws
 * {@link NameInUseException}. The JSON is stored as given (it must be valid JSON) with its format version.
 */
public final class ScenarioRepository {
    private static final String WHAT = "scenario";

    private final Jdbc jdbc;
    private final Clock clock;
    private final ScenarioMapper mapper = new ScenarioMapper();

    ScenarioRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public StoredScenario create(String name, int formatVersion, String json) {
        String trimmed = Names.require(name, WHAT);
        requireBody(formatVersion, json);
        long now = clock.millis();
        return jdbc.inTransaction("create scenario \"" + trimmed + "\"", () -> {
            requireFree(trimmed, -1);
            long id = jdbc.insert("create scenario \"" + trimmed + "\"", """
                    INSERT INTO scenario (name, body, format_version, created_at_ms, updated_at_ms)
                    VALUES (?, ?, ?, ?, ?)""", trimmed, json, formatVersion, now, now);
            return require(id);
        });
    }

    /** Replaces a scenario's JSON (an edit saved); its name and creation time stay. */
    public StoredScenario save(long id, int formatVersion, String json) {
        requireBody(formatVersion, json);
        return jdbc.inTransaction("save scenario " + id, () -> {
            int changed = jdbc.update("save scenario " + id,
                    "UPDATE scenario SET body = ?, format_version = ?, updated_at_ms = ? WHERE id = ?",
                    json, formatVersion, clock.millis(), id);
            requireChanged(changed, id);
            return require(id);
        });
    }

    public Optional<StoredScenario> find(long id) {
        return jdbc.first("open scenario " + id, ScenarioMapper.SELECT + " WHERE id = ?", mapper, id);
    }

    public Optional<StoredScenario> findByName(String name) {
        String trimmed = Names.require(name, WHAT);
        return jdbc.first("open scenario \"" + trimmed + "\"", ScenarioMapper.SELECT + " WHERE name = ?", mapper, trimmed);
    }

    public StoredScenario rename(long id, String newName) {
        String trimmed = Names.require(newName, WHAT);
        return jdbc.inTransaction("rename scenario " + id, () -> {
            requireFree(trimmed, id);
            int changed = jdbc.update("rename scenario " + id,
                    "UPDATE scenario SET name = ?, updated_at_ms = ? WHERE id = ?", trimmed, clock.millis(), id);
            requireChanged(changed, id);
            return require(id);
        });
    }

    /** A copy of scenario {@code id} under a new name, as a new scenario. */
    public StoredScenario duplicate(long id, String newName) {
        String trimmed = Names.require(newName, WHAT);
        return jdbc.inTransaction("duplicate scenario " + id, () -> {
            StoredScenario original = require(id);
            return create(trimmed, original.formatVersion(), original.json());
        });
    }

    /** Returns false if there was no such scenario. */
    public boolean delete(long id) {
        return jdbc.update("delete scenario " + id, "DELETE FROM scenario WHERE id = ?", id) == 1;
    }

    /** Every scenario without its JSON, by name. */
    public List<ScenarioSummary> list() {
        return jdbc.list("list scenarios", "SELECT id, name, format_version, created_at_ms, updated_at_ms"
                        + " FROM scenario ORDER BY name, id",
                row -> new ScenarioSummary(row.getLong(1), row.getString(2), row.getInt(3),
                        Instant.ofEpochMilli(row.getLong(4)), Instant.ofEpochMilli(row.getLong(5))));
    }

    private void requireBody(int formatVersion, String json) {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("a scenario format version starts at 1: " + formatVersion);
        }
        jdbc.requireJson("scenario", Objects.requireNonNull(json, "json"));
    }

    /** Throws if another scenario than {@code self} has the name; comparison ignores case like the column does. */
    private void requireFree(String name, long self) {
        if (jdbc.first("look up scenario \"" + name + "\"", "SELECT id FROM scenario WHERE name = ? AND id <> ?",
                row -> row.getLong(1), name, self).isPresent()) {
            throw new NameInUseException(WHAT, name);
        }
    }

    private StoredScenario require(long id) {
        return find(id).orElseThrow(() -> new StoreException("There is no scenario " + id + "; it may have been deleted"));
    }

    private static void requireChanged(int changed, long id) {
        if (changed == 0) {
            throw new StoreException("There is no scenario " + id + "; it may have been deleted");
        }
    }
}
