package dev.ratecard.store;

/**
 * A workspace file that Ratecard will not open: damaged, not a Ratecard workspace, or written by a newer
 * Ratecard. Nothing in the file was changed.
 */
public final class DatabaseRefusedException extends StoreException {
    /** Why the file was refused. */
    public enum Reason { DAMAGED, NOT_A_WORKSPACE, NEWER_SCHEMA }

    private final Reason reason;

    public DatabaseRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DatabaseRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
