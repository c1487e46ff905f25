package dev.ratecard.workspace.usage;

import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.store.GroupBy;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The key of a record in a grouping, as the store's own grouping writes it: the model, provider or route as
 * stored, a tag's value, or the UTC day ({@code 2026-08-31}) or month ({@code 2026-08}) of the record's start;
 * {@code null} where the record does not say (no provider, no such tag).
 */
final class GroupKeys {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GroupKeys() {
    }

    static Function<UsageRecord, String> of(GroupBy by) {
        Objects.requireNonNull(by, "by");
        return switch (by.dimension()) {
            case MODEL -> UsageRecord::model;
            case PROVIDER -> UsageRecord::provider;
            case ROUTE -> UsageRecord::route;
            case DAY -> r -> DAY.format(r.start());
            case MONTH -> r -> MONTH.format(r.start());
            case TAG -> r -> r.tags().get(by.tag());
        };
    }
}
