package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ImportIssue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a read found. Every row is accounted for: {@code rowsRead = rowsWithRecords + rowsRejected + rowsSkipped}.
 *
 * @param file                   the file's name
 * @param encoding               how its bytes were decoded
 * @param delimiter              the CSV delimiter, or {@code null} for JSON
 * @param naiveTimeZone          the zone zone-less timestamps were read in, or {@code null} if the file had none
 * @param rowsRead               CSV rows, JSONL lines or JSON items (bucket results count one each)
 * @param recordsEmitted         records sent to the sink
 * @param rowsRejected           rows with an error; each has an issue
 * @param rowsSkipped            rows deliberately left out (not AI usage, failed batch requests, duplicates)
 * @param skippedByReason        how many rows each reason left out
 * @param firstTime              the earliest record start, or {@code null} without records
 * @param lastTime               the latest record end (start + period)
 * @param totals                 tokens and requests per bucket over all records
 * @param reportedCostByCurrency the sum of the reported costs per currency
 * @param issues                 the first issues found, in file order
 * @param issuesNotListed        how many more issues there were
 */
public record ReadSummary(
        String file,
        UsageFormat format,
        String encoding,
        Character delimiter,
        ZoneId naiveTimeZone,
        long rowsRead,
        long recordsEmitted,
        long rowsRejected,
        long rowsSkipped,
        Map<String, Long> skippedByReason,
        Instant firstTime,
        Instant lastTime,
        BucketCounts totals,
        Map<String, BigDecimal> reportedCostByCurrency,
        List<ImportIssue> issues,
        long issuesNotListed) {

    public ReadSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(totals, "totals");
        skippedByReason = Map.copyOf(skippedByReason);
        reportedCostByCurrency = Map.copyOf(reportedCostByCurrency);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return rowsRejected > 0 || issues.stream().anyMatch(ImportIssue::isError);
    }

    /** All issues found, listed or not. */
    public long issueCount() {
        return issues.size() + issuesNotListed;
    }
}
