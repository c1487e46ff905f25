package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.ImportException;

/** Reads one of Ratecard's catalogue file kinds (gateway fee models, GPU offers, throughput profiles). */
public interface CatalogueReader<T> {
    /** The {@code format} value the file must carry, e.g. {@code ratecard-gateways}. */
    String format();

    CatalogueRead<T> read(SheetInput input) throws ImportException;
}
