-- Ratecard workspace, schema version 2: usage rows are no longer indexed by batch.
--
-- The index served one statement: deleting a batch, whose cascade finds the batch's rows. An import into an empty
-- workspace builds every index once at its end, and into a workspace with rows keeps each up to date row by row;
-- either way this one cost as much as the others (a fifth of a million-row import's index work) for a delete that a
-- user starts by hand and that reads the table once without it. Queries never filter usage by batch.
DROP INDEX usage_batch;
