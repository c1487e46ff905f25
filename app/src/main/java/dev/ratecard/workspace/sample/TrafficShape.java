package dev.ratecard.workspace.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * When a workload's traffic happens: its weight for each hour of the day (UTC) on weekdays and at weekends, how much
 * busier a weekday is than a weekend day, and how fast it grows. {@link #days} spreads a monthly volume over the
 * days of a period so that the whole period averages that volume and later days carry more.
 *
 */
final class TrafficShape {
    /** The average length of a month in days (365.25 / 12), the unit growth is compounded over. */
    private static final double DAYS_PER_MONTH = 30.4375;

    private final double[] weekdayHours;
    private final double[] weekendHours;
    private final double weekendShare;
    private final double growthPerMonth;
    private final double dailyNoise;

    /**
     * @param weekdayHours   24 relative weights, hour 0 to 23 UTC, for Monday to Friday
     * @param weekendHours   the same for Saturday and Sunday
     * @param weekendShare   a weekend day's volume as a share of a weekday's
     * @param growthPerMonth month-on-month growth, e.g. 0.07
     * @param dailyNoise     how much a day varies at random, e.g. 0.08 for ±8 %
     */
    TrafficShape(double[] weekdayHours, double[] weekendHours, double weekendShare, double growthPerMonth,
                 double dailyNoise) {
        if (weekdayHours.length != 24 || weekendHours.length != 24) {
            throw new IllegalArgumentException("a day has 24 hourly weights");
        }
        this.weekdayHours = weekdayHours.clone();
        this.weekendHours = weekendHours.clone();
        this.weekendShare = weekendShare;
        this.growthPerMonth = growthPerMonth;
        this.dailyNoise = dailyNoise;
    }

    /** One day's volume: how many units (requests, working hours) fall on it. */
    record Day(LocalDate date, long units) {
    }

    /**
     * The days of {@code months} months from {@code first}, each with its units, so that the months together carry
     * {@code months × unitsPerMonth} on average.
     */
    List<Day> days(YearMonth first, int months, double unitsPerMonth, SampleRandom random) {
        Objects.requireNonNull(first, "first");
        LocalDate start = first.atDay(1);
        LocalDate end = first.plusMonths(months).atDay(1);
        List<LocalDate> dates = start.datesUntil(end).toList();
        double[] weights = new double[dates.size()];
        for (int i = 0; i < weights.length; i++) {
            LocalDate date = dates.get(i);
            double growth = StrictMath.pow(1.0 + growthPerMonth, ChronoUnit.DAYS.between(start, date) / DAYS_PER_MONTH);
            weights[i] = (isWeekend(date) ? weekendShare : 1.0) * growth * random.around(1.0, dailyNoise);
        }
        double scale = months * unitsPerMonth / Arrays.stream(weights).sum();
        List<Day> days = new ArrayList<>(dates.size());
        for (int i = 0; i < weights.length; i++) {
            days.add(new Day(dates.get(i), Math.round(scale * weights[i])));
        }
        return days;
    }

    /** A moment on {@code date}: its hour drawn by the day's weights, then uniform within the hour, to the millisecond. */
    Instant momentOn(LocalDate date, SampleRandom random) {
        double[] hours = isWeekend(date) ? weekendHours : weekdayHours;
        int hour = random.weighted(hours, Arrays.stream(hours).sum());
        long millis = (long) (random.uniform() * 3_600_000);
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).plus(hour, ChronoUnit.HOURS).plusMillis(millis);
    }

    /** The weight of {@code hour} (0–23) on {@code date}. */
    double hourWeight(LocalDate date, int hour) {
        return (isWeekend(date) ? weekendHours : weekdayHours)[hour];
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
