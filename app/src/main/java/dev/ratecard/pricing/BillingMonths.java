package dev.ratecard.pricing;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The billing month of an instant in the billing zone. Remembers the last month's bounds, because usage
 * comes mostly in time order and a time-zone conversion per row would cost more than the rest of the row.
 * Not thread-safe: one per aggregation.
 */
final class BillingMonths {
    private final ZoneId zone;
    private YearMonth month;
    private Instant from = Instant.MAX;
    private Instant until = Instant.MIN;

    BillingMonths(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    YearMonth of(Instant time) {
        if (time.isBefore(from) || !time.isBefore(until)) {
            month = YearMonth.from(time.atZone(zone));
            from = month.atDay(1).atStartOfDay(zone).toInstant();
            until = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        }
        return month;
    }
}
