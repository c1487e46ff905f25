package dev.ratecard.store;

/**
 * What a workspace file held before this Ratecard touched it.
 *
 * @param fresh          no file, an empty file, or a SQLite file with nothing in it: nothing to back up
 * @param appliedVersion the schema version its migrations reached; 0 when fresh
 */
record DatabaseState(boolean fresh, int appliedVersion) {
    static final DatabaseState FRESH = new DatabaseState(true, 0);
}
