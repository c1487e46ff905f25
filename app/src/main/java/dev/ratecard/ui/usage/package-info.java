/**
 * The Usage screen (Ctrl+2): the import wizard (format and why, a preview of the first records, the issues, progress
 * with cancel, the totals), the column mapping for a CSV no reader knows, the import batches, the stored usage
 * grouped and filtered with its recomputed cost, and the models no price matched, each mappable to a price.
 */
package dev.ratecard.ui.usage;
