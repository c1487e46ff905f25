package dev.ratecard.importers.usage;

/** A reader of one {@link UsageFormat}: either row by row from a CSV, or item by item from JSON. */
sealed interface FormatReader permits RowReader, JsonItemReader {
}
