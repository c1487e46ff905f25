package dev.ratecard.cli;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the terminal shows figures: money through the shared formatters (rounded there, once), times in UTC. */
final class Display {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    static String money(Money money) {
        return MoneyFormatter.table(money);
    }

    /** A rate in full: rounding a rate would misstate every cost computed from it. */
    static String rate(Money rate) {
        return MoneyFormatter.exact(rate);
    }

    /** Several currencies side by side, e.g. {@code $1.20 + €3.00}; {@code none} when empty. */
    static String money(Map<String, Money> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "none";
        }
        return byCurrency.values().stream().map(Display::money).collect(Collectors.joining(" + "));
    }

    static String decimals(Map<String, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "none";
        }
        return byCurrency.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> money(new Money(e.getValue(), e.getKey()))).collect(Collectors.joining(" + "));
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String range(Instant from, Instant to) {
        return from == null ? "none" : time(from) + " – " + time(to) + " UTC";
    }

    /** {@code uncached_input 600 · cache_read 400 · …}, or {@code none}. */
    static String buckets(BucketCounts counts) {
        Map<UsageBucket, Long> nonZero = counts.asMap();
        if (nonZero.isEmpty()) {
            return "none";
        }
        return nonZero.entrySet().stream().map(e -> e.getKey().key() + " " + count(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
