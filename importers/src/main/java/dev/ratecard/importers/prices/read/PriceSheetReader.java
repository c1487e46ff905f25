package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceSheetFormat;

/** Reads one price-sheet format into a {@link PriceSheetRead}. */
public interface PriceSheetReader {
    PriceSheetFormat format();

    /**
     * @throws ImportException when the file as a whole cannot be read (empty, truncated, another kind of file,
     *                         a wrong version, or any error in one of Ratecard's own formats)
     */
    PriceSheetRead read(SheetInput input) throws ImportException;
}
