/** Comparison reports: one report model, written as PDF, XLSX and CSV. */
package dev.ratecard.report;
