/** The PDF writer (OpenPDF): embedded DejaVu Sans, vector charts, paginated tables, "Page n of m". */
package dev.ratecard.report.pdf;
