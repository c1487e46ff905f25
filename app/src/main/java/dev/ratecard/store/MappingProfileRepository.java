package dev.ratecard.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saved column mappings by name. Names are unique ignoring case; saving under a name in use replaces that
 * profile, as "Save" over an existing mapping does.
 */
public final class MappingProfileRepository {
    private static final String WHAT = "mapping profile";
    private static final String SELECT = "SELECT name, body, updated_at_ms FROM mapping_profile";
    private static final RowMapper<MappingProfile> MAPPER = row -> new MappingProfile(row.getString("name"),
            row.getString("body"), Instant.ofEpochMilli(row.getLong("updated_at_ms")));

    private final Jdbc jdbc;
    private final Clock clock;

    MappingProfileRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MappingProfile save(String name, String json) {
        String trimmed = Names.require(name, WHAT);
        jdbc.requireJson(WHAT, Objects.requireNonNull(json, "json"));
        return jdbc.inTransaction("save the mapping profile \"" + trimmed + "\"", () -> {
            jdbc.update("save the mapping profile \"" + trimmed + "\"", """
                    INSERT INTO mapping_profile (name, body, updated_at_ms) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET body = excluded.body, updated_at_ms = excluded.updated_at_ms""",
                    trimmed, json, clock.millis());
            return find(trimmed).orElseThrow();
        });
    }

    public Optional<MappingProfile> find(String name) {
        String trimmed = Names.require(name, WHAT);
        return jdbc.first("read the mapping profile \"" + trimmed + "\"", SELECT + " WHERE name = ?", MAPPER, trimmed);
    }

    /** Returns false if there was no such profile. */
    public boolean delete(String name) {
        String trimmed = Names.require(name, WHAT);
        return jdbc.update("delete the mapping profile \"" + trimmed + "\"",
                "DELETE FROM mapping_profile WHERE name = ?", trimmed) == 1;
    }

    /** Every profile, by name. */
    public List<MappingProfile> list() {
        return jdbc.list("list mapping profiles", SELECT + " ORDER BY name", MAPPER);
    }
}
