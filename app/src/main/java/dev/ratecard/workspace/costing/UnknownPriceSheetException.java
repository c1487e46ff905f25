package dev.ratecard.workspace.costing;

/** A sheet was asked for by a name that is neither a bundled sheet nor a file. */
public final class UnknownPriceSheetException extends IllegalArgumentException {
    public UnknownPriceSheetException(String message) {
        super(message);
    }
}
