package dev.ratecard.importers.usage;

/** What one item or header says about its format, how sure that is, and why. */
record FormatGuess(UsageFormat format, Confidence confidence, String reason) {
}
