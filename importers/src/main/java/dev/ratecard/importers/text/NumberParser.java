package dev.ratecard.importers.text;

import java.math.BigDecimal;

/**
 * Reads counts and amounts as exports write them, without regular expressions and without ever going
 * through {@code double}.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Surrounding spaces are ignored; amounts may carry a currency symbol or ISO code before or after
 *       ({@code $1,234.50}, {@code 12,50 €}, {@code USD 3}) and a sign, or parentheses for a negative.</li>
 *   <li>Spaces, no-break spaces and apostrophes inside a number group thousands ({@code 1 234,56},
 *       {@code 1'234.5}).</li>
 *   <li>When both {@code .} and {@code ,} occur, the last one is the decimal separator and the other groups
 *       thousands ({@code 1.234,56} and {@code 1,234.56} are both 1234.56).</li>
 *   <li>One kind occurring more than once groups thousands ({@code 1,234,567}).</li>
 *   <li>One occurrence followed by exactly three digits after a non-zero whole part ({@code 1,234}) is the
 *       one ambiguous case; the {@link DecimalSeparator} given decides it. Any other single occurrence is the
 *       decimal separator ({@code 3,5}, {@code 0,123}, {@code 1.5}).</li>
 *   <li>Thousands groups must have three digits; E-notation is accepted ({@code 1.5E3}).</li>
 * </ol>
 * Counts follow the same rules without currency, and must come out whole and not negative: {@code 3.0} is
 * 3, {@code 3.5} is an error.
 *
 * <p>Not thread-safe: it keeps a buffer for short amounts. One read makes its own and uses it on its one thread.
 */
public final class NumberParser {
    private static final int MAX_FAST_DIGITS = 18;

    private final DecimalSeparator preferred;
    /** Where a short amount's characters are copied to be read: a sign, the digits and a point. */
    private final char[] scratch = new char[MAX_FAST_DIGITS + 2];

    public NumberParser(DecimalSeparator preferred) {
        this.preferred = java.util.Objects.requireNonNull(preferred, "preferred");
    }

    public DecimalSeparator preferred() {
        return preferred;
    }

    /** A whole, non-negative count such as a token or request count. */
    public long count(String text) {
        String s = text.strip();
        int n = s.length();
        if (n > 0 && n <= MAX_FAST_DIGITS) {
            long value = 0;
            int i = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
            }
            if (i == n) {
                return value;
            }
        }
        BigDecimal value = parse(s, false);
        if (value.signum() < 0) {
            throw new ValueFormatException("negative count");
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new ValueFormatException("not a whole number; counts cannot have a fraction");
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new ValueFormatException("too large for a count");
        }
    }

    /** An amount of money or any other decimal, exactly as written. */
    public BigDecimal decimal(String text) {
        return parse(text.strip(), true);
    }

    private BigDecimal parse(String s, boolean allowCurrency) {
        if (s.isEmpty()) {
            throw new ValueFormatException("empty");
        }
        if (preferred == DecimalSeparator.POINT && isPlainNumber(s)) {
            BigDecimal fast = shortDecimal(s);
            if (fast != null) {
                return fast;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException notPlain) {
                throw new ValueFormatException("not a number");
            }
        }
        return new BigDecimal(canonical(s, allowCurrency));
    }

    /**
     * {@code chars[from, to)} as an amount if it is a sign, up to {@link #MAX_FAST_DIGITS} digits and a point at most,
     * and the point is the decimal separator here; {@code null} for anything else, which is then read as text with
     * {@link #decimal}. A reader can ask it of a field still in its buffer, without making a string of it.
     */
    public BigDecimal plainDecimal(char[] chars, int from, int to) {
        return preferred == DecimalSeparator.POINT ? shortDecimal(chars, from, to) : null;
    }

    /**
     * A sign, up to {@link #MAX_FAST_DIGITS} digits and a point at most, as {@code new BigDecimal(s)} reads it (the same
     * value and scale), from its unscaled value: the constructor first copies the text into a new array, for every
     * amount of every row. {@code null} for any other form, which the constructor then reads.
     */
    private BigDecimal shortDecimal(String s) {
        int n = s.length();
        if (n > MAX_FAST_DIGITS + 2) {
            return null;
        }
        s.getChars(0, n, scratch, 0);
        return shortDecimal(scratch, 0, n);
    }

    private static BigDecimal shortDecimal(char[] chars, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_FAST_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** Digits, signs, at most one point and exponent letters only: the form {@link BigDecimal} reads as is. */
    private static boolean isPlainNumber(String s) {
        int points = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                points++;
            } else if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return points <= 1;
    }

    private String canonical(String s, boolean allowCurrency) {
        int start = 0;
        int end = s.length();
        boolean negative = false;
        if (end - start >= 2 && s.charAt(start) == '(' && s.charAt(end - 1) == ')') {
            negative = true;
            start++;
            end--;
        }
        // Sign and currency may come in either order on the left ("-$5", "$-5"); currency alone on the right.
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            char c = s.charAt(start);
            if (isSpace(c)) {
                start++;
                changed = true;
            } else if (c == '-' || c == '+') {
                negative ^= c == '-';
                start++;
                changed = true;
            } else if (allowCurrency) {
                int skip = currencyLength(s, start, end, true);
                if (skip > 0) {
                    start += skip;
                    changed = true;
                }
            }
        }
        changed = true;
        while (changed && start < end) {
            changed = false;
            if (isSpace(s.charAt(end - 1))) {
                end--;
                changed = true;
            } else if (allowCurrency) {
                int skip = currencyLength(s, start, end, false);
                if (skip > 0) {
                    end -= skip;
                    changed = true;
                }
            }
        }
        if (start >= end) {
            throw new ValueFormatException("not a number");
        }
        int exponentAt = -1;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                exponentAt = i;
                break;
            }
        }
        int mantissaEnd = exponentAt < 0 ? end : exponentAt;
        StringBuilder out = new StringBuilder(end - start + 2);
        if (negative) {
            out.append('-');
        }
        appendMantissa(s, start, mantissaEnd, out);
        if (exponentAt >= 0) {
            appendExponent(s, exponentAt + 1, end, out);
        }
        return out.toString();
    }

    private void appendMantissa(String s, int start, int end, StringBuilder out) {
        int points = 0;
        int commas = 0;
        int lastPoint = -1;
        int lastComma = -1;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                points++;
                lastPoint = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (!isGroupingSpace(c)) {
                throw new ValueFormatException("not a number");
            }
        }
        if (digits == 0) {
            throw new ValueFormatException("not a number");
        }
        int decimalAt = decimalPosition(s, start, end, points, commas, lastPoint, lastComma);
        if (decimalAt >= 0) {
            char decimalChar = s.charAt(decimalAt);
            int sameChars = decimalChar == '.' ? points : commas;
            if (sameChars > 1) {
                throw new ValueFormatException("more than one decimal separator");
            }
        }
        int wholeEnd = decimalAt < 0 ? end : decimalAt;
        appendGroupedDigits(s, start, wholeEnd, out);
        if (decimalAt >= 0) {
            out.append('.');
            int fractionDigits = 0;
            for (int i = decimalAt + 1; i < end; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new ValueFormatException("separator after the decimal separator");
                }
                out.append(c);
                fractionDigits++;
            }
            if (fractionDigits == 0) {
                out.append('0');
            }
        }
    }

    /** Where the decimal separator is, or -1 if the number has none (all separators group thousands). */
    private int decimalPosition(String s, int start, int end, int points, int commas, int lastPoint, int lastComma) {
        if (points > 0 && commas > 0) {
            return Math.max(lastPoint, lastComma);
        }
        if (points + commas == 0) {
            return -1;
        }
        if (points + commas > 1) {
            return -1;
        }
        int at = points > 0 ? lastPoint : lastComma;
        int digitsAfter = end - at - 1;
        int wholeDigits = 0;
        boolean wholeIsZero = true;
        for (int i = start; i < at; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                wholeDigits++;
                wholeIsZero &= c == '0';
            }
        }
        boolean couldGroupThousands = digitsAfter == 3 && wholeDigits >= 1 && wholeDigits <= 3 && !wholeIsZero;
        if (!couldGroupThousands) {
            return at;
        }
        return s.charAt(at) == preferred.character() ? at : -1;
    }

    private static void appendGroupedDigits(String s, int start, int end, StringBuilder out) {
        int group = 0;
        boolean grouped = false;
        boolean first = true;
        int firstGroup = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                group++;
            } else {
                if (first) {
                    firstGroup = group;
                    first = false;
                } else if (group != 3) {
                    throw new ValueFormatException("thousands separators must group three digits");
                }
                grouped = true;
                group = 0;
            }
        }
        if (grouped && (group != 3 || firstGroup < 1 || firstGroup > 3)) {
            throw new ValueFormatException("thousands separators must group three digits");
        }
        if (!grouped && group == 0) {
            out.append('0');
        }
    }

    private static void appendExponent(String s, int start, int end, StringBuilder out) {
        out.append('E');
        int i = start;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            out.append(s.charAt(i));
            i++;
        }
        if (i == end) {
            throw new ValueFormatException("exponent without digits");
        }
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new ValueFormatException("not a number");
            }
            out.append(c);
        }
    }

    /** Length of a currency symbol or three-letter code at the left ({@code fromLeft}) or right end, else 0. */
    private static int currencyLength(String s, int start, int end, boolean fromLeft) {
        char c = fromLeft ? s.charAt(start) : s.charAt(end - 1);
        if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
            return 1;
        }
        if (end - start > 3) {
            int from = fromLeft ? start : end - 3;
            boolean code = true;
            for (int i = from; i < from + 3; i++) {
                char l = s.charAt(i);
                code &= l >= 'A' && l <= 'Z';
            }
            if (code) {
                return 3;
            }
        }
        return 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
    }

    private static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
    }
}
