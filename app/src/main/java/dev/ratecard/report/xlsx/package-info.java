/** The XLSX writer (fastexcel): a sheet per table, numeric cells with number formats, frozen header rows. */
package dev.ratecard.report.xlsx;
