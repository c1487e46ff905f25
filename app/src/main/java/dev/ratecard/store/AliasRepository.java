package dev.ratecard.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The user's model alias table; one target per raw name, so putting a name again replaces its target. */
public final class AliasRepository {
    private static final String SELECT = "SELECT raw_name, provider, model_id FROM model_alias";
    private static final RowMapper<ModelAlias> MAPPER =
            row -> new ModelAlias(row.getString("raw_name"), row.getString("provider"), row.getString("model_id"));

    private final Jdbc jdbc;
    private final Clock clock;

    AliasRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void put(ModelAlias alias) {
        jdbc.update("save the alias " + alias.rawName(), """
                        INSERT INTO model_alias (raw_name, provider, model_id, updated_at_ms) VALUES (?, ?, ?, ?)
                        ON CONFLICT (raw_name) DO UPDATE SET provider = excluded.provider, model_id = excluded.model_id,
                                                             updated_at_ms = excluded.updated_at_ms""",
                alias.rawName(), alias.provider(), alias.modelId(), clock.millis());
    }

    public Optional<ModelAlias> find(String rawName) {
        return jdbc.first("look up the alias " + rawName, SELECT + " WHERE raw_name = ?", MAPPER, rawName);
    }

    /** Returns false if there was no alias for the name. */
    public boolean remove(String rawName) {
        return jdbc.update("remove the alias " + rawName, "DELETE FROM model_alias WHERE raw_name = ?", rawName) == 1;
    }

    /** Every alias, by raw name. */
    public List<ModelAlias> list() {
        return jdbc.list("list aliases", SELECT + " ORDER BY raw_name", MAPPER);
    }
}
