package dev.ratecard.importers.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the timestamps usage exports write, fast: ISO 8601 / RFC 3339 with {@code T} or a space, with or
 * without fraction and zone ({@code 2026-03-16 10:36:33.511}, {@code 2025-10-27T00:00:00+00:00}), dates
 * alone, Unix seconds or milliseconds, and slashed dates ({@code 5/1/25}). The common forms are parsed by
 * hand with every digit checked, because {@code java.time} parsing costs about a microsecond per value,
 * several times the cost of tokenising the whole CSV row; rarer forms (RFC 1123, region zones, a pattern
 * the caller gives) fall back to {@code java.time}.
 *
 * <p>A time without a zone is read in the zone given to the constructor, and {@link #sawNaiveTime()} says
 * whether that happened, so the import can report the zone it assumed. Not thread-safe: one per read.
 */
public final class TimestampParser {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final List<DateTimeFormatter> FALLBACKS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private final ZoneId naiveZone;
    private final ZoneOffset fixedOffset;
    private final SlashDateOrder slashOrder;
    private final DateTimeFormatter pattern;
    private final String patternText;
    private boolean sawNaiveTime;

    public TimestampParser(ZoneId naiveZone, SlashDateOrder slashOrder) {
        this(naiveZone, slashOrder, null);
    }

    /**
     * @param pattern a {@link DateTimeFormatter} pattern tried before everything else, or {@code null}; the
     *                words {@code unix-seconds} and {@code unix-millis} name epoch counts
     */
    public TimestampParser(ZoneId naiveZone, SlashDateOrder slashOrder, String pattern) {
        this.naiveZone = Objects.requireNonNull(naiveZone, "naiveZone");
        this.slashOrder = Objects.requireNonNull(slashOrder, "slashOrder");
        this.fixedOffset = naiveZone.getRules().isFixedOffset() ? naiveZone.getRules().getOffset(Instant.EPOCH) : null;
        this.patternText = pattern == null || pattern.isBlank() ? null : pattern.strip();
        this.pattern = patternText == null || isEpochKeyword(patternText) ? null : compile(patternText);
    }

    private static boolean isEpochKeyword(String pattern) {
        return pattern.equals("unix-seconds") || pattern.equals("unix-millis");
    }

    private static DateTimeFormatter compile(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("not a date/time pattern: \"" + pattern + "\" (" + bad.getMessage() + ")", bad);
        }
    }

    public ZoneId naiveZone() {
        return naiveZone;
    }

    /** True once a time without a zone has been read (and so placed in {@link #naiveZone()}). */
    public boolean sawNaiveTime() {
        return sawNaiveTime;
    }

    public Instant parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new ValueFormatException("empty");
        }
        if (patternText != null) {
            return parseWithPattern(s);
        }
        if (isEpochNumber(s)) {
            return epoch(s);
        }
        if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            Instant fast = isoFast(s);
            if (fast != null) {
                return fast;
            }
        } else if (s.indexOf('/') > 0) {
            return slashed(s);
        }
        return fallback(s);
    }

    /** Seconds since the epoch, as JSON APIs give them ({@code created}, {@code start_time}). */
    public static Instant fromEpochSeconds(long seconds) {
        return Instant.ofEpochSecond(seconds);
    }

    private Instant parseWithPattern(String s) {
        if (patternText.equals("unix-seconds") || patternText.equals("unix-millis")) {
            if (!isEpochNumber(s)) {
                throw new ValueFormatException("not a " + patternText + " number");
            }
            return patternText.equals("unix-millis") ? epochMillis(s) : epoch(s);
        }
        try {
            TemporalAccessor parsed = pattern.parse(s);
            return toInstant(parsed);
        } catch (DateTimeException notThisPattern) {
            throw new ValueFormatException("does not match the time format \"" + patternText + "\"");
        }
    }

    private Instant toInstant(TemporalAccessor parsed) {
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        return naive(LocalDateTime.of(date, time));
    }

    private static boolean isEpochNumber(String s) {
        int points = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                points++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return points <= 1 && s.charAt(0) != '.';
    }

    /** Unix seconds (up to 11 digits), or milli-, micro- or nanoseconds told apart by their length. */
    private static Instant epoch(String s) {
        int point = s.indexOf('.');
        String whole = point < 0 ? s : s.substring(0, point);
        if (whole.length() <= 11) {
            long seconds = Long.parseLong(whole);
            long nanos = point < 0 ? 0 : fractionNanos(s, point + 1, s.length());
            return Instant.ofEpochSecond(seconds, nanos);
        }
        if (point >= 0 && !isAllZeros(s, point + 1)) {
            throw new ValueFormatException("a fraction is only allowed on Unix seconds");
        }
        if (whole.length() > 19) {
            throw new ValueFormatException("too many digits for a Unix time");
        }
        return epochWhole(Long.parseLong(whole), whole.length());
    }

    /** A whole Unix time of {@code digits} digits, its unit told by its length: seconds, milli-, micro- or nanoseconds. */
    private static Instant epochWhole(long value, int digits) {
        if (digits <= 11) {
            return Instant.ofEpochSecond(value);
        }
        if (digits <= 14) {
            return Instant.ofEpochMilli(value);
        }
        if (digits <= 17) {
            return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
        }
        return Instant.ofEpochSecond(value / 1_000_000_000, value % 1_000_000_000);
    }

    /**
     * A time a JSON file writes as a whole number, read exactly as {@link #parse} reads its digits, without
     * writing them out first. Negative numbers are no times; they go through {@link #parse} for its message.
     */
    public Instant parseEpoch(long value) {
        if (value < 0 || patternText != null) {
            return parse(Long.toString(value));
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return epochWhole(value, digits);
    }

    private static Instant epochMillis(String s) {
        int point = s.indexOf('.');
        if (point >= 0 && !isAllZeros(s, point + 1)) {
            throw new ValueFormatException("a fraction of a millisecond is not allowed");
        }
        return Instant.ofEpochMilli(Long.parseLong(point < 0 ? s : s.substring(0, point)));
    }

    private static boolean isAllZeros(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z|±hh[:mm]| UTC]}; null when the text has another shape, so the
     * caller can try {@code java.time}. Out-of-range fields are errors, not fallbacks.
     */
    private Instant isoFast(String s) {
        int n = s.length();
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        checkDate(year, month, day);
        long epochDay = epochDay(year, month, day);
        if (n == 10) {
            return naive(epochDay, 0, 0);
        }
        char separator = s.charAt(10);
        if ((separator != 'T' && separator != 't' && separator != ' ') || n < 16 || s.charAt(13) != ':') {
            return null;
        }
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if (hour < 0 || minute < 0) {
            return null;
        }
        int second = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            if (second < 0) {
                return null;
            }
            i += 3;
        }
        int nanos = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int fractionStart = i + 1;
            int j = fractionStart;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == fractionStart || j - fractionStart > 9) {
                return null;
            }
            nanos = fractionNanos(s, fractionStart, j);
            i = j;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ValueFormatException("time of day out of range");
        }
        long secondOfDay = hour * 3600L + minute * 60L + second;
        if (i == n) {
            return naive(epochDay, secondOfDay, nanos);
        }
        int offsetSeconds = offsetSeconds(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + secondOfDay - offsetSeconds, nanos);
    }

    /** {@code Z}, {@code ±hh}, {@code ±hhmm}, {@code ±hh:mm} or {@code UTC} at {@code i} to the end; MIN_VALUE if none. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        String rest = s.substring(i).strip();
        if (rest.equals("Z") || rest.equals("z") || rest.equals("UTC") || rest.equals("GMT")) {
            return 0;
        }
        char sign = s.charAt(i);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, i + 1, 2);
        int minutes;
        int length = n - i - 1;
        if (length == 2) {
            minutes = 0;
        } else if (length == 4) {
            minutes = digits(s, i + 3, 2);
        } else if (length == 5 && s.charAt(i + 3) == ':') {
            minutes = digits(s, i + 4, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0) {
            return Integer.MIN_VALUE;
        }
        if (hours > 18 || minutes > 59) {
            throw new ValueFormatException("time zone offset out of range");
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** {@code M/d/yy}, {@code M/d/yyyy} (or day first) or {@code yyyy/M/d}, optionally {@code H:mm[:ss][ AM|PM]}. */
    private Instant slashed(String s) {
        int space = s.indexOf(' ');
        String datePart = space < 0 ? s : s.substring(0, space);
        String[] parts = datePart.split("/", -1);
        if (parts.length != 3) {
            throw new ValueFormatException("not a date: expected three parts separated by /");
        }
        int a = number(parts[0]);
        int b = number(parts[1]);
        int c = number(parts[2]);
        int year;
        int month;
        int day;
        if (parts[0].length() == 4) {
            year = a;
            month = b;
            day = c;
        } else {
            year = parts[2].length() <= 2 ? 2000 + c : c;
            month = slashOrder == SlashDateOrder.MONTH_FIRST ? a : b;
            day = slashOrder == SlashDateOrder.MONTH_FIRST ? b : a;
            if (month > 12 && day <= 12) {
                throw new ValueFormatException("month " + month + " out of range; the dates look "
                        + (slashOrder == SlashDateOrder.MONTH_FIRST ? "day-first" : "month-first")
                        + ", set the slash date order");
            }
        }
        checkDate(year, month, day);
        long secondOfDay = space < 0 ? 0 : clockTime(s.substring(space + 1).strip());
        return naive(epochDay(year, month, day), secondOfDay, 0);
    }

    private static long clockTime(String t) {
        String upper = t.toUpperCase(Locale.ROOT);
        boolean pm = upper.endsWith("PM");
        boolean am = upper.endsWith("AM");
        String clock = (pm || am) ? upper.substring(0, upper.length() - 2).strip() : upper;
        String[] parts = clock.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new ValueFormatException("not a time of day");
        }
        int hour = number(parts[0]);
        int minute = number(parts[1]);
        int second = parts.length == 3 ? number(parts[2].contains(".") ? parts[2].substring(0, parts[2].indexOf('.')) : parts[2]) : 0;
        if (pm || am) {
            if (hour < 1 || hour > 12) {
                throw new ValueFormatException("hour out of range for AM/PM");
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ValueFormatException("time of day out of range");
        }
        return hour * 3600L + minute * 60L + second;
    }

    private static int number(String part) {
        if (part.isEmpty() || part.length() > 4) {
            throw new ValueFormatException("not a date");
        }
        int value = digits(part, 0, part.length());
        if (value < 0) {
            throw new ValueFormatException("not a date");
        }
        return value;
    }

    private Instant fallback(String s) {
        for (DateTimeFormatter formatter : FALLBACKS) {
            try {
                TemporalAccessor parsed = formatter.parse(s);
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS) || parsed.query(java.time.temporal.TemporalQueries.zone()) != null) {
                    return ZonedDateTime.from(parsed).toInstant();
                }
                return naive(LocalDateTime.from(parsed));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        throw new ValueFormatException("not a date/time (expected e.g. 2025-11-25T16:00:00Z, 2025-11-25 16:00:00, 1764086400 or 5/1/25)");
    }

    private Instant naive(long epochDay, long secondOfDay, int nanos) {
        sawNaiveTime = true;
        if (fixedOffset != null) {
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + secondOfDay - fixedOffset.getTotalSeconds(), nanos);
        }
        LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofSecondOfDay(secondOfDay).withNano(nanos));
        return local.atZone(naiveZone).toInstant();
    }

    private Instant naive(LocalDateTime local) {
        sawNaiveTime = true;
        return local.atZone(naiveZone).toInstant();
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit (or out of bounds). */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int fractionNanos(String s, int from, int to) {
        if (to - from > 9) {
            throw new ValueFormatException("more than nine fractional digits");
        }
        int nanos = 0;
        for (int i = from; i < from + 9; i++) {
            int digit = 0;
            if (i < to) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new ValueFormatException("not a fraction of a second");
                }
                digit = c - '0';
            }
            nanos = nanos * 10 + digit;
        }
        return nanos;
    }

    private static void checkDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new ValueFormatException("month " + month + " out of range");
        }
        if (day < 1 || day > daysInMonth(year, month)) {
            throw new ValueFormatException("day " + day + " out of range for " + year + "-" + (month < 10 ? "0" : "") + month);
        }
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
