package dev.ratecard.store;

import java.util.Objects;

/**
 * A usage record made ready to insert: in the stored form, with its dedup key and the columns it sets. Made
 * by {@link ImportSession#prepare} on the thread that reads the file, inserted by
 * {@link ImportSession#add(PreparedUsage)} on the thread that writes, so that the two share the work.
 */
public final class PreparedUsage {
    final UsageRow row;
    final byte[] dedupKey;
    final long shape;
    /**
     * The values the statement of {@link #shape} binds for the row ({@link RowShape#values}); {@code null} when the
     * session only counts rows and inserts none.
     */
    final Object[] values;
    /** Why the record cannot be stored, or {@code null}; the writing thread ends the import with it, in order. */
    final StoreException failure;

    /**
     * @param scratch  where the values are listed first ({@link RowShape#values}), or {@code null} when the row is only
     *                 counted, not inserted, and needs no values
     * @param names    the ids of the names the values bind
     */
    PreparedUsage(UsageRow row, byte[] dedupKey, long shape, Object[] scratch, UsageNames names) {
        this.row = Objects.requireNonNull(row, "row");
        this.dedupKey = Objects.requireNonNull(dedupKey, "dedupKey");
        this.shape = shape;
        this.values = scratch != null ? RowShape.values(shape, row, dedupKey, scratch, names) : null;
        this.failure = null;
    }

    private PreparedUsage(StoreException failure) {
        this.row = null;
        this.dedupKey = null;
        this.shape = 0;
        this.values = null;
        this.failure = failure;
    }

    static PreparedUsage failed(StoreException failure) {
        return new PreparedUsage(Objects.requireNonNull(failure, "failure"));
    }
}
