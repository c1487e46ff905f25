package dev.ratecard.ui.usage;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.pricing.Money;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.TimeRange;
import dev.ratecard.store.UsageSummary;
import dev.ratecard.workspace.prices.BucketDisplay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures the import wizard shows for a file: before importing (what reading found) and after (what was stored). */
final class ImportFigures {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ImportFigures() {
    }

    /** What reading found and what importing would store ({@code wouldStore} is the dry run's batch, if any). */
    static List<FigureLine> preview(ReadSummary read, Optional<ImportBatch> wouldStore) {
        List<FigureLine> lines = new ArrayList<>();
        lines.add(new FigureLine("Rows read", count(read.rowsRead())));
        wouldStore.ifPresent(batch -> {
            lines.add(new FigureLine("New rows", count(batch.counts().inserted())));
            if (batch.counts().duplicates() > 0) {
                lines.add(new FigureLine("Already in the workspace", count(batch.counts().duplicates())));
            }
        });
        if (read.rowsRejected() > 0) {
            lines.add(new FigureLine("Rows with errors", count(read.rowsRejected())));
        }
        read.skippedByReason().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(skipped ->
                lines.add(new FigureLine("Left out: " + skipped.getKey(), count(skipped.getValue()))));
        if (read.firstTime() != null) {
            lines.add(new FigureLine("Dates (UTC)", days(read.firstTime(), read.lastTime())));
        }
        if (read.naiveTimeZone() != null) {
            lines.add(new FigureLine("Times without a zone read in", read.naiveTimeZone().getId()));
        }
        buckets(read.totals(), lines);
        lines.add(new FigureLine("Reported cost", reported(read.reportedCostByCurrency())));
        return List.copyOf(lines);
    }

    /** What an import stored. */
    static List<FigureLine> stored(ImportBatch batch) {
        List<FigureLine> lines = new ArrayList<>();
        UsageSummary inserted = batch.inserted();
        lines.add(new FigureLine("Rows stored", count(batch.counts().inserted())));
        if (batch.counts().duplicates() > 0) {
            lines.add(new FigureLine("Already in the workspace, skipped", count(batch.counts().duplicates())));
        }
        if (batch.counts().withIssues() > 0) {
            lines.add(new FigureLine("Rows with issues, kept with the batch", count(batch.counts().withIssues())));
        }
        inserted.range().ifPresent(range -> lines.add(new FigureLine("Dates (UTC)", days(range))));
        buckets(inserted.totals(), lines);
        Map<String, BigDecimal> reported = new TreeMap<>();
        inserted.reportedCost().forEach((currency, money) -> reported.put(currency, money.amount()));
        lines.add(new FigureLine("Reported cost", reported(reported)));
        return List.copyOf(lines);
    }

    static String days(TimeRange range) {
        return days(range.from(), range.to());
    }

    static String days(Instant from, Instant to) {
        String first = DAY.format(from);
        // The end of a period is exclusive: a day bucket ending at midnight belongs to the day before.
        String last = DAY.format(to.equals(from) ? to : to.minusMillis(1));
        return first.equals(last) ? first : first + " \u2013 " + last;
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static void buckets(BucketCounts totals, List<FigureLine> lines) {
        for (UsageBucket bucket : UsageBucket.all()) {
            long count = totals.get(bucket);
            if (count > 0) {
                lines.add(new FigureLine(BucketDisplay.name(bucket) + (bucket.isToken() ? " tokens" : ""), count(count)));
            }
        }
    }

    private static String reported(Map<String, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "none stated in the file";
        }
        return new TreeMap<>(byCurrency).entrySet().stream()
                .map(e -> MoneyFormatter.table(new Money(e.getValue(), e.getKey())))
                .collect(Collectors.joining(" + "));
    }
}
