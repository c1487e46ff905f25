package dev.ratecard.pricing;

import dev.ratecard.importers.model.TimeWindowRates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An entry's time windows (off-peak hours): which one, if any, a request or a usage bucket falls in. Times
 * are compared in each window's own zone, so a window follows its zone's daylight-saving changes. A window
 * whose end is not after its start runs past midnight and belongs to the day it starts on (a window from
 * 16:30 to 00:30 on weekdays covers Friday 23:00 and Saturday 00:15, not Saturday 23:00).
 */
final class TimeWindows {
    /** Outside every window: base rates. */
    static final int OUTSIDE = -1;
    /** A usage bucket that runs across a window's start or end: its time of day is unknown. */
    static final int UNKNOWN = -2;

    private static final Duration ONE_NANO = Duration.ofNanos(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private final List<TimeWindowRates> windows;

    TimeWindows(List<TimeWindowRates> windows) {
        this.windows = List.copyOf(windows);
    }

    boolean isEmpty() {
        return windows.isEmpty();
    }

    TimeWindowRates get(int index) {
        return windows.get(index);
    }

    /** The first window that holds the instant, or {@link #OUTSIDE}. */
    int at(Instant time) {
        for (int i = 0; i < windows.size(); i++) {
            if (occurrenceHolding(windows.get(i), time) != null) {
                return i;
            }
        }
        return OUTSIDE;
    }

    /**
     * For usage between {@code start} (inclusive) and {@code start + period} (exclusive): the window that holds
     * all of it, {@link #OUTSIDE} when no window touches it, else {@link #UNKNOWN}.
     */
    int over(Instant start, Duration period) {
        if (period.isZero()) {
            return at(start);
        }
        Instant last = start.plus(period).minus(ONE_NANO);
        boolean touched = false;
        for (int i = 0; i < windows.size(); i++) {
            TimeWindowRates window = windows.get(i);
            LocalDateTime first = occurrenceHolding(window, start);
            if (first != null && first.equals(occurrenceHolding(window, last))) {
                return i;
            }
            touched |= first != null || period.compareTo(WEEK) >= 0 || opensBetween(window, start, last);
        }
        return touched ? UNKNOWN : OUTSIDE;
    }

    /** The local start of the window's occurrence that holds {@code time}, or {@code null}. */
    private static LocalDateTime occurrenceHolding(TimeWindowRates window, Instant time) {
        ZonedDateTime local = time.atZone(window.zone());
        LocalDate day = local.toLocalDate();
        LocalTime clock = local.toLocalTime();
        boolean sameDay = window.from().isBefore(window.to());
        if (sameDay) {
            boolean inside = !clock.isBefore(window.from()) && clock.isBefore(window.to());
            return inside && window.days().contains(day.getDayOfWeek()) ? day.atTime(window.from()) : null;
        }
        if (!clock.isBefore(window.from()) && window.days().contains(day.getDayOfWeek())) {
            return day.atTime(window.from());
        }
        LocalDate dayBefore = day.minusDays(1);
        if (clock.isBefore(window.to()) && window.days().contains(dayBefore.getDayOfWeek())) {
            return dayBefore.atTime(window.from());
        }
        return null;
    }

    /** True when an occurrence of the window opens after {@code start} and at or before {@code last}. */
    private static boolean opensBetween(TimeWindowRates window, Instant start, Instant last) {
        LocalDate day = start.atZone(window.zone()).toLocalDate().minusDays(1);
        LocalDate lastDay = last.atZone(window.zone()).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (window.days().contains(day.getDayOfWeek())) {
                Instant opens = day.atTime(window.from()).atZone(window.zone()).toInstant();
                if (opens.isAfter(start) && !opens.isAfter(last)) {
                    return true;
                }
            }
        }
        return false;
    }
}
