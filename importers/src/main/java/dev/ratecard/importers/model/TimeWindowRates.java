package dev.ratecard.importers.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Rates for requests made inside a time window (DeepSeek's off-peak hours). Inside the window these rates
 * replace the standard and tier rates for the whole request; a window whose {@code to} is before its
 * {@code from} runs past midnight.
 */
public record TimeWindowRates(String name, Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone, Rates rates) {
    public TimeWindowRates {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rates, "rates");
        days = days == null || days.isEmpty() ? Set.of(DayOfWeek.values()) : Set.copyOf(days);
    }
}
