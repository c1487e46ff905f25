/** Writes a report to a file whole or not at all, in the format asked. */
package dev.ratecard.report.export;
