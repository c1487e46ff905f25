package dev.ratecard.workspace.importing;

import dev.ratecard.importers.usage.ReadSummary;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What reading one file found, before anything was decided about storing it.
 *
 * @param fileName the file's name, as every message about its rows names it
 * @param sha256   the file's identity: the same bytes are never imported twice
 * @param timeZone the zone its zone-less timestamps were (or would be) read in
 * @param summary  rows, date range, tokens per bucket, reported cost per currency, issues
 */
public record FileRead(String fileName, String sha256, FormatChoice format, ZoneId timeZone, ReadSummary summary) {
    public FileRead {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(summary, "summary");
    }
}
