package dev.ratecard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A row of {@code scenario} with its JSON. */
final class ScenarioMapper implements RowMapper<StoredScenario> {
    static final String SELECT = "SELECT id, name, format_version, body, created_at_ms, updated_at_ms FROM scenario";

    @Override
    public StoredScenario map(ResultSet row) throws SQLException {
        return new StoredScenario(row.getLong("id"), row.getString("name"), row.getInt("format_version"),
                row.getString("body"), Instant.ofEpochMilli(row.getLong("created_at_ms")),
                Instant.ofEpochMilli(row.getLong("updated_at_ms")));
    }
}
