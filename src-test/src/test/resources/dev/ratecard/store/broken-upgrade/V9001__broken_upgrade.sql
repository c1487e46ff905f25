-- An upgrade that fails half way: the column added first must be gone again after the rollback.
ALTER TABLE usage ADD COLUMN half_done INTEGER;
INSERT INTO no_such_table VALUES (1);
