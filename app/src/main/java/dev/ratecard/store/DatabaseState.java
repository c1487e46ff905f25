package dev.ratecard.store;

/**
 * What a workspace file held before this Ratecard touched it.
 *
 * @param fresh          no file, an empty file, or a SQLite file with nothing in it: nothing to back up
 * @param appliedVersion the schema version its migrations reached; 0 when fresh
 * @param checked        its integrity was checked at this open; false when fresh, or when it was unchanged since
 *                       Ratecard last closed it intact ({@link CheckedStamp})
 */
record DatabaseState(boolean fresh, int appliedVersion, boolean checked) {
    static final DatabaseState FRESH = new DatabaseState(true, 0, false);
}
