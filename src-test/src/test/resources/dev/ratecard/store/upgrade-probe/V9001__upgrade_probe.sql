-- A schema change the tests apply on top of the real migrations, to exercise an upgrade (backup first,
-- rows kept). Numbered far above the real scripts so that it stays the newest when they are added.
ALTER TABLE scenario ADD COLUMN notes TEXT;
