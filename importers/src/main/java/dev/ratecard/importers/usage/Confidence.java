package dev.ratecard.importers.usage;

/** How sure {@link UsageImport#detect} is of a format. */
public enum Confidence {
    /** Markers only that format has (an {@code object} type, a schema name, its full signature header). */
    HIGH,
    /** Enough of the format's fields or columns to tell it apart, but not its whole signature. */
    MEDIUM,
    /** A guess: e.g. a CSV nobody recognised, to be read through a column mapping. */
    LOW
}
