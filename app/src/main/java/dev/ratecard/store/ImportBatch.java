package dev.ratecard.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * One imported file, as recorded in the workspace.
 *
 * @param id            never reused, so "batch 12" keeps naming one import
 * @param request       what was imported: file name, SHA-256, format, source kind, time zone, reader options
 * @param counts        rows read, inserted, skipped as duplicates, with issues
 * @param inserted      sums over the rows this batch stored (duplicates skipped are not in them)
 * @param createdAt     when the import began
 */
public record ImportBatch(long id, ImportRequest request, ImportCounts counts, UsageSummary inserted, Instant createdAt) {
    public ImportBatch {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(inserted, "inserted");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String fileName() {
        return request.fileName();
    }

    public String sha256() {
        return request.sha256();
    }

    public String format() {
        return request.format();
    }

    public ZoneId timeZone() {
        return request.timeZone();
    }

    public Map<String, String> readerOptions() {
        return request.readerOptions();
    }
}
