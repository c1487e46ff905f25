-- Ratecard workspace, schema version 3: no CHECK on usage calls a function.
--
-- SQLite treats a function in a CHECK as able to fail a statement halfway (it checks while running that the
-- function is deterministic), so every INSERT of several rows into such a table keeps a statement journal: a copy
-- of each page the statement touches, written to a temporary file and thrown away when the statement ends. An
-- import inserts sixteen rows a statement, and "other_tags IS NULL OR json_valid(other_tags)" made a million-row
-- import write 1.65 GB of such copies beside the 0.25 GB it stores. The JSON has one writer (TagsJson, through
-- Jackson); the check keeps what needs no function: the text is an object's, it starts with "{" (a blob, which
-- sorts after any text, fails it).
--
-- The check is swapped in the stored CREATE TABLE, the way SQLite documents for removing a CHECK
-- (https://www.sqlite.org/lang_altertable.html#otheralter), rather than by copying the table: no row moves, and the
-- file does not grow by the size of its usage. Each step is checked; a failed check fails the upgrade, which then
-- rolls back whole.

-- Every stored value already passes the new check (a CHECK on a one-row table stops the upgrade otherwise).
CREATE TEMP TABLE v3_every_row_passes (passes INTEGER NOT NULL CHECK (passes = 1));
INSERT INTO v3_every_row_passes
SELECT NOT EXISTS (SELECT 1 FROM usage WHERE other_tags IS NOT NULL AND NOT (other_tags >= '{' AND other_tags < '|'));
DROP TABLE v3_every_row_passes;

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (other_tags IS NULL OR json_valid(other_tags))',
                  'CHECK (other_tags IS NULL OR (other_tags >= ''{'' AND other_tags < ''|''))')
WHERE type = 'table' AND name = 'usage';
-- RESET also makes this connection read the schema again.
PRAGMA writable_schema = RESET;

-- The new text is in place, and the old check gone.
CREATE TEMP TABLE v3_check_swapped (swapped INTEGER NOT NULL CHECK (swapped = 1));
INSERT INTO v3_check_swapped
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND name = 'usage' AND instr(sql, 'other_tags >= ''{'' AND other_tags < ''|''') > 0
  AND instr(sql, 'json_valid') = 0;
DROP TABLE v3_check_swapped;

-- Raises the schema cookie, so that a connection another process holds open reads the schema again too.
CREATE TABLE v3_schema_changed (changed INTEGER);
DROP TABLE v3_schema_changed;
