package dev.ratecard.cli;

import dev.ratecard.store.UsageFilter;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code --from DATE --to DATE}: usage whose start lies on those days (UTC), both included. */
final class DateRangeOptions {
    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Only usage from this day on (YYYY-MM-DD, UTC).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Only usage up to and including this day (YYYY-MM-DD, UTC).")
    LocalDate to;

    UsageFilter filter() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadUsageException("--to " + to + " is before --from " + from);
        }
        return new UsageFilter(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
