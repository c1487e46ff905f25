/**
 * Reading text the way real exports write it: encodings (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252, gzip), CSV dialects (delimiter sniffing, quoted newlines, CRLF, no final newline, headers
 * matched by name), and values (counts written as {@code 3.0}, decimal commas and thousands separators,
 * currency symbols, {@code True/False}, timestamps in the common fixed formats parsed without
 * {@code java.time} on the hot path).
 */
package dev.ratecard.importers.text;
