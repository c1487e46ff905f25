/**
 * Comparison reports: one model ({@link dev.ratecard.report.Report}, built by
 * {@link dev.ratecard.report.ReportBuilder} from evaluated scenarios and the workspace's stored usage) that the PDF,
 * XLSX and CSV writers all write. Tables hold typed, exact cells; writers round, once. No toolkit, no I/O here: the
 * writers are in the sub-packages, files are written by {@code export}, inputs are read by {@code inputs}.
 */
package dev.ratecard.report;
