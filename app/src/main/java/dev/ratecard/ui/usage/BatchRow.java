package dev.ratecard.ui.usage;

import dev.ratecard.store.ImportBatch;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * An import batch as the batch list shows it: file, format, the zone its zone-less times were read in, rows stored,
 * duplicates skipped, dates, rows with issues, when it was imported, and whether it is the sample's.
 */
public record BatchRow(long id, String file, String format, String timeZone, long rows, long duplicates, String dates,
                       long withIssues, String importedAt, boolean sample) {
    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public BatchRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(importedAt, "importedAt");
    }

    /** @param localZone the zone the import time is shown in */
    static BatchRow of(ImportBatch batch, boolean sample, ZoneId localZone) {
        return new BatchRow(batch.id(), batch.fileName(), batch.format(), zoneName(batch.timeZone()),
                batch.counts().inserted(), batch.counts().duplicates(),
                batch.inserted().range().map(ImportFigures::days).orElse("no rows"), batch.counts().withIssues(),
                IMPORTED.format(batch.createdAt().atZone(localZone)), sample);
    }

    /** "UTC" rather than the bare "Z" of zone offset zero, which reads as a typo. */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
