-- Ratecard workspace, schema version 1: the contract the rest of the app reads.
--
-- Money is INTEGER nano-units (10^-9 of the currency's major unit) and token counts are INTEGER, so that
-- sum() stays exact and fails on overflow instead of drifting into floating point. Times are epoch
-- milliseconds, UTC. Usage bucket columns are named by UsageBucket.key(); a new bucket needs a migration.
-- Scripts are forward-only: never edit one that has shipped, add V<n+1>__<what>.sql instead.

-- 'RTCD': marks the file as a Ratecard workspace, so that another program's SQLite file is refused on open.
PRAGMA application_id = 1381253956;

CREATE TABLE import_batch (
    -- AUTOINCREMENT: an id is never reused, so "batch 12" names one import even after others are deleted.
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name        TEXT    NOT NULL,
    sha256           TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    format           TEXT    NOT NULL,
    -- Natural keys (request id, generation id ...) are unique within one source kind.
    source_kind      TEXT    NOT NULL,
    -- The zone that naive timestamps in the file were read in.
    time_zone        TEXT    NOT NULL,
    reader_options   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(reader_options)),
    rows_read        INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    rows_inserted    INTEGER NOT NULL DEFAULT 0 CHECK (rows_inserted >= 0),
    rows_duplicate   INTEGER NOT NULL DEFAULT 0 CHECK (rows_duplicate >= 0),
    rows_with_issues INTEGER NOT NULL DEFAULT 0 CHECK (rows_with_issues >= 0),
    -- The time range of the inserted rows: first start, last end (start + period); NULL when none.
    first_start_ms   INTEGER,
    last_end_ms      INTEGER,
    -- Totals per bucket of the rows this batch inserted (duplicates skipped are not counted).
    uncached_input   INTEGER NOT NULL DEFAULT 0,
    cache_read       INTEGER NOT NULL DEFAULT 0,
    cache_write_5m   INTEGER NOT NULL DEFAULT 0,
    cache_write_1h   INTEGER NOT NULL DEFAULT 0,
    output_text      INTEGER NOT NULL DEFAULT 0,
    reasoning        INTEGER NOT NULL DEFAULT 0,
    audio_input      INTEGER NOT NULL DEFAULT 0,
    audio_output     INTEGER NOT NULL DEFAULT 0,
    image_input      INTEGER NOT NULL DEFAULT 0,
    image_output     INTEGER NOT NULL DEFAULT 0,
    requests         INTEGER NOT NULL DEFAULT 0,
    web_search       INTEGER NOT NULL DEFAULT 0,
    created_at_ms    INTEGER NOT NULL
);

-- The reported cost of a batch's inserted rows, one row per currency.
CREATE TABLE import_batch_cost (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    currency TEXT    NOT NULL,
    nanos    INTEGER NOT NULL,
    PRIMARY KEY (batch_id, currency)
) WITHOUT ROWID;

CREATE TABLE import_issue (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning')),
    -- 1-based line in the batch's file; 0 for the file as a whole.
    line        INTEGER NOT NULL CHECK (line >= 0),
    -- JSON pointer such as $.data[3].results[1], or NULL.
    pointer     TEXT,
    column_name TEXT,
    value       TEXT,
    reason      TEXT    NOT NULL
);

CREATE INDEX import_issue_batch ON import_issue (batch_id);

CREATE TABLE usage (
    id             INTEGER PRIMARY KEY,
    batch_id       INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    -- Request time, or the start of a bucket of requests lasting period_s seconds (0 for one request).
    start_ms       INTEGER NOT NULL,
    period_s       INTEGER NOT NULL DEFAULT 0 CHECK (period_s >= 0),
    provider       TEXT,
    -- The model exactly as the source wrote it; matching it to a price entry is the engine's job.
    model          TEXT    NOT NULL,
    route          TEXT    NOT NULL,
    is_batch       INTEGER NOT NULL DEFAULT 0 CHECK (is_batch IN (0, 1)),
    service_tier   TEXT,
    region         TEXT,
    -- The tags most sources share, as columns to group by; any others as a JSON object.
    tag_project    TEXT,
    tag_api_key    TEXT,
    tag_user       TEXT,
    tag_team       TEXT,
    tag_app        TEXT,
    other_tags     TEXT CHECK (other_tags IS NULL OR json_valid(other_tags)),
    uncached_input INTEGER NOT NULL DEFAULT 0 CHECK (uncached_input >= 0),
    cache_read     INTEGER NOT NULL DEFAULT 0 CHECK (cache_read >= 0),
    cache_write_5m INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_5m >= 0),
    cache_write_1h INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_1h >= 0),
    output_text    INTEGER NOT NULL DEFAULT 0 CHECK (output_text >= 0),
    reasoning      INTEGER NOT NULL DEFAULT 0 CHECK (reasoning >= 0),
    audio_input    INTEGER NOT NULL DEFAULT 0 CHECK (audio_input >= 0),
    audio_output   INTEGER NOT NULL DEFAULT 0 CHECK (audio_output >= 0),
    image_input    INTEGER NOT NULL DEFAULT 0 CHECK (image_input >= 0),
    image_output   INTEGER NOT NULL DEFAULT 0 CHECK (image_output >= 0),
    requests       INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0),
    web_search     INTEGER NOT NULL DEFAULT 0 CHECK (web_search >= 0),
    -- The cost the source stated, in nano-units of cost_currency; kept beside the recomputed cost.
    cost_nanos     INTEGER,
    cost_currency  TEXT,
    cost_kind      TEXT CHECK (cost_kind IN ('invoiced', 'estimated')),
    natural_key    TEXT,
    -- What makes a row a duplicate of one imported before; see ImportSession and DedupKeys.
    dedup_key      BLOB    NOT NULL,
    source_line    INTEGER NOT NULL CHECK (source_line >= 0),
    source_pointer TEXT,
    CHECK ((cost_nanos IS NULL) = (cost_currency IS NULL) AND (cost_nanos IS NULL) = (cost_kind IS NULL))
);

CREATE UNIQUE INDEX usage_dedup_key ON usage (dedup_key);
-- Deleting a batch cascades through this one; new batch ids are the largest, so inserts append to it.
CREATE INDEX usage_batch ON usage (batch_id);
CREATE INDEX usage_start ON usage (start_ms);

CREATE TABLE scenario (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    -- NOCASE: "Q3 plan" and "q3 plan" would be told apart by nobody looking at a list.
    name           TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    -- The scenario as versioned JSON, opaque to the store.
    body           TEXT    NOT NULL CHECK (json_valid(body)),
    format_version INTEGER NOT NULL CHECK (format_version > 0),
    created_at_ms  INTEGER NOT NULL,
    updated_at_ms  INTEGER NOT NULL
);

-- The user's alias table: a model name as written in logs, mapped to a provider's model id.
CREATE TABLE model_alias (
    raw_name      TEXT    NOT NULL PRIMARY KEY,
    provider      TEXT    NOT NULL,
    model_id      TEXT    NOT NULL,
    updated_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- Saved column mappings for CSV files Ratecard does not recognise.
CREATE TABLE mapping_profile (
    name          TEXT    NOT NULL COLLATE NOCASE PRIMARY KEY CHECK (length(trim(name)) > 0),
    body          TEXT    NOT NULL CHECK (json_valid(body)),
    updated_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
