/** The CSV writer: a zip of one RFC 4180 file per table, text fields neutralised against formula injection. */
package dev.ratecard.report.csv;
