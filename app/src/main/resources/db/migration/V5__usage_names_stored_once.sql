-- Ratecard workspace, schema version 5: the names usage rows repeat are stored once each.
--
-- A model, provider, route, service tier, region, the project, API key, team and app a row is tagged with, and the
-- currency and kind of its reported cost are each one of a handful of names that an export repeats over millions of
-- rows. They were stored in every row, about 70 of a typical row's 215 bytes; now each is a row of usage_name and
-- usage rows hold its id. The file is that much smaller, and so is everything an import writes: its write-ahead log,
-- the checkpoint that copies the log into the file at its commit, and the scan that builds the dedup index at its end
-- (a million-row import about 0.15 s faster, its file 30 % smaller; docs/benchmarks.md). Grouping by a name groups by
-- its id, and looks the name up once a group instead of comparing texts row by row.
--
-- The end user (tag_user), the other tags' JSON, the natural key and the source pointer stay in the row: exports carry
-- thousands of end users, and the others are often different in every row.
--
-- The ids carry no foreign key: a key would be checked on every insert (eleven lookups a row), and the one writer,
-- the import, inserts each new name in the transaction of the rows that use it (UsageNames). Deleting a batch deletes
-- the names no row names any more, in the same transaction.
--
-- The view usage shows the rows as they were stored before, for reading by hand and by tests; Ratecard itself reads
-- usage_row and looks names up by id. The upgrade copies the rows into the new table; the pages the old table leaves
-- free are given back after it (FreeSpace).

CREATE TABLE usage_name (
    id   INTEGER PRIMARY KEY,
    text TEXT    NOT NULL UNIQUE
);

INSERT INTO usage_name (text)
SELECT provider FROM usage WHERE provider IS NOT NULL
UNION SELECT model FROM usage WHERE model IS NOT NULL
UNION SELECT route FROM usage WHERE route IS NOT NULL
UNION SELECT service_tier FROM usage WHERE service_tier IS NOT NULL
UNION SELECT region FROM usage WHERE region IS NOT NULL
UNION SELECT tag_project FROM usage WHERE tag_project IS NOT NULL
UNION SELECT tag_api_key FROM usage WHERE tag_api_key IS NOT NULL
UNION SELECT tag_team FROM usage WHERE tag_team IS NOT NULL
UNION SELECT tag_app FROM usage WHERE tag_app IS NOT NULL
UNION SELECT cost_currency FROM usage WHERE cost_currency IS NOT NULL
UNION SELECT cost_kind FROM usage WHERE cost_kind IS NOT NULL;

CREATE TABLE usage_row (
    id               INTEGER PRIMARY KEY,
    batch_id         INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    -- Request time, or the start of a bucket of requests lasting period_s seconds (0 for one request).
    start_ms         INTEGER NOT NULL,
    period_s         INTEGER NOT NULL DEFAULT 0 CHECK (period_s >= 0),
    -- Each *_id is the id of a usage_name; the model is exactly as the source wrote it.
    provider_id      INTEGER,
    model_id         INTEGER NOT NULL,
    route_id         INTEGER NOT NULL,
    is_batch         INTEGER NOT NULL DEFAULT 0 CHECK (is_batch IN (0, 1)),
    service_tier_id  INTEGER,
    region_id        INTEGER,
    -- The tags most sources share, as columns to group by; any others as a JSON object.
    tag_project_id   INTEGER,
    tag_api_key_id   INTEGER,
    tag_user         TEXT,
    tag_team_id      INTEGER,
    tag_app_id       INTEGER,
    other_tags       TEXT CHECK (other_tags IS NULL OR (other_tags >= '{' AND other_tags < '|')),
    uncached_input   INTEGER NOT NULL DEFAULT 0 CHECK (uncached_input >= 0),
    cache_read       INTEGER NOT NULL DEFAULT 0 CHECK (cache_read >= 0),
    cache_write_5m   INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_5m >= 0),
    cache_write_1h   INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_1h >= 0),
    output_text      INTEGER NOT NULL DEFAULT 0 CHECK (output_text >= 0),
    reasoning        INTEGER NOT NULL DEFAULT 0 CHECK (reasoning >= 0),
    audio_input      INTEGER NOT NULL DEFAULT 0 CHECK (audio_input >= 0),
    audio_output     INTEGER NOT NULL DEFAULT 0 CHECK (audio_output >= 0),
    image_input      INTEGER NOT NULL DEFAULT 0 CHECK (image_input >= 0),
    image_output     INTEGER NOT NULL DEFAULT 0 CHECK (image_output >= 0),
    requests         INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0),
    web_search       INTEGER NOT NULL DEFAULT 0 CHECK (web_search >= 0),
    -- The cost the source stated, in nano-units of the currency named by cost_currency_id; kept beside the
    -- recomputed cost. Its kind (cost_kind_id) names "invoiced" or "estimated".
    cost_nanos       INTEGER,
    cost_currency_id INTEGER,
    cost_kind_id     INTEGER,
    natural_key      TEXT,
    -- What makes a row a duplicate of one imported before; see ImportSession and DedupKeys.
    dedup_key        BLOB    NOT NULL,
    source_line      INTEGER NOT NULL CHECK (source_line >= 0),
    source_pointer   TEXT,
    CHECK ((cost_nanos IS NULL) = (cost_currency_id IS NULL) AND (cost_nanos IS NULL) = (cost_kind_id IS NULL))
);

INSERT INTO usage_row (id, batch_id, start_ms, period_s, provider_id, model_id, route_id, is_batch, service_tier_id, region_id, tag_project_id, tag_api_key_id, tag_user, tag_team_id, tag_app_id, other_tags, uncached_input, cache_read, cache_write_5m, cache_write_1h, output_text, reasoning, audio_input, audio_output, image_input, image_output, requests, web_search, cost_nanos, cost_currency_id, cost_kind_id, natural_key, dedup_key, source_line, source_pointer)
SELECT u.id,
       u.batch_id,
       u.start_ms,
       u.period_s,
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.provider),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.model),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.route),
       u.is_batch,
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.service_tier),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.region),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.tag_project),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.tag_api_key),
       u.tag_user,
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.tag_team),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.tag_app),
       u.other_tags,
       u.uncached_input,
       u.cache_read,
       u.cache_write_5m,
       u.cache_write_1h,
       u.output_text,
       u.reasoning,
       u.audio_input,
       u.audio_output,
       u.image_input,
       u.image_output,
       u.requests,
       u.web_search,
       u.cost_nanos,
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.cost_currency),
       (SELECT n.id FROM usage_name AS n WHERE n.text = u.cost_kind),
       u.natural_key,
       u.dedup_key,
       u.source_line,
       u.source_pointer
FROM usage AS u
ORDER BY u.id;

DROP TABLE usage;

CREATE UNIQUE INDEX usage_dedup_key ON usage_row (dedup_key);

CREATE VIEW usage AS
SELECT u.id,
       u.batch_id,
       u.start_ms,
       u.period_s,
       provider.text AS provider,
       model.text AS model,
       route.text AS route,
       u.is_batch,
       service_tier.text AS service_tier,
       region.text AS region,
       tag_project.text AS tag_project,
       tag_api_key.text AS tag_api_key,
       u.tag_user,
       tag_team.text AS tag_team,
       tag_app.text AS tag_app,
       u.other_tags,
       u.uncached_input,
       u.cache_read,
       u.cache_write_5m,
       u.cache_write_1h,
       u.output_text,
       u.reasoning,
       u.audio_input,
       u.audio_output,
       u.image_input,
       u.image_output,
       u.requests,
       u.web_search,
       u.cost_nanos,
       cost_currency.text AS cost_currency,
       cost_kind.text AS cost_kind,
       u.natural_key,
       u.dedup_key,
       u.source_line,
       u.source_pointer
FROM usage_row AS u
LEFT JOIN usage_name AS provider ON provider.id = u.provider_id
LEFT JOIN usage_name AS model ON model.id = u.model_id
LEFT JOIN usage_name AS route ON route.id = u.route_id
LEFT JOIN usage_name AS service_tier ON service_tier.id = u.service_tier_id
LEFT JOIN usage_name AS region ON region.id = u.region_id
LEFT JOIN usage_name AS tag_project ON tag_project.id = u.tag_project_id
LEFT JOIN usage_name AS tag_api_key ON tag_api_key.id = u.tag_api_key_id
LEFT JOIN usage_name AS tag_team ON tag_team.id = u.tag_team_id
LEFT JOIN usage_name AS tag_app ON tag_app.id = u.tag_app_id
LEFT JOIN usage_name AS cost_currency ON cost_currency.id = u.cost_currency_id
LEFT JOIN usage_name AS cost_kind ON cost_kind.id = u.cost_kind_id;
