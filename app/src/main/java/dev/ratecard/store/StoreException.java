package dev.ratecard.store;

/**
 * The workspace database could not do what was asked. The message says what was being done and to which
 * file or batch, so that it can be shown as it is; the cause keeps the driver's own error.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
