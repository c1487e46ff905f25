-- Ratecard workspace, schema version 4: usage rows are no longer indexed by time.
--
-- The index served the date filters (the usage screen's first and last day, `ratecard usage --from --to`), and only
-- narrow ones: SQLite reads a million stored rows for a one-day filter in about 50 ms without it (6 ms with it), and
-- a filter over a third of them faster without it than through it (0.19 s against 0.23 s), since each row found
-- through an index is one more lookup in the table. Every unfiltered view reads the whole table anyway (0.37 s a
-- million rows). Against that, every import paid for it: 15 MB a million rows (7 % of the file), built at the end
-- of an import into an empty workspace (0.16-0.18 s a million rows) and kept up to date row by row otherwise.
-- Figures in docs/benchmarks.md.
DROP INDEX usage_start;
