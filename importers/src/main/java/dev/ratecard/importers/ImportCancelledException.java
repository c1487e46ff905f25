package dev.ratecard.importers;

/** Thrown by a reader that stopped because its {@link Progress} was cancelled; nothing it read is kept. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("cancelled", null, false, false);
    }
}
