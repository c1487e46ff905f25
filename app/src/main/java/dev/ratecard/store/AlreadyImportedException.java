package dev.ratecard.store;

/** The same bytes (same SHA-256) were imported before; nothing was written. */
public final class AlreadyImportedException extends StoreException {
    private final ImportBatch existing;

    public AlreadyImportedException(String fileName, ImportBatch existing) {
        super("%s was already imported as batch %d (from %s on %s); nothing was changed".formatted(
                fileName, existing.id(), existing.fileName(), existing.createdAt()));
        this.existing = existing;
    }

    public ImportBatch existing() {
        return existing;
    }
}
