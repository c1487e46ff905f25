package dev.ratecard.importers.usage;

import java.util.Arrays;
import java.util.Collection;

/**
 * Reads the members a reader asks for out of one JSONL line, without building a tree: the line is checked
 * against strict JSON as it is scanned, and only the asked-for members are kept; everything else (message
 * content, choices) is skipped. It takes only what it is sure of: anything it does not handle the same way as
 * the tree it stands in for (a member spelt in another case or with a dot in its name, an escape in a kept
 * string, a repeated member, a trailing comma, a kept member of an unexpected type, any doubt about the syntax)
 * makes it decline, and the caller reads the line as a tree, which then says precisely what is wrong.
 *
 * <p>Paths are dotted ({@code usage.prompt_tokens}); a path that is the prefix of another is an object the scan
 * goes into. Kept values are strings (without escapes), integers, decimals (as written) and {@code null}. Not
 * thread-safe: one per read.
 */
final class FlatJsonScanner {
    static final byte ABSENT = 0;
    static final byte NULL = 1;
    static final byte STRING = 2;
    static final byte INTEGER = 3;
    static final byte DECIMAL = 4;
    /** An object gone into, or any value of a member whose presence alone matters (then skipped). */
    static final byte PRESENT = 5;

    private static final int MAX_DEPTH = 64;
    /** What {@link #afterElement} returns when the container ends. */
    private static final int CLOSED = -2;
    /** Longer lines, or numbers, are left to the tree, whose own limits then apply. */
    private static final int MAX_LINE = 1 << 20;
    private static final int MAX_NUMBER = 100;
    /** The ASCII characters that end the plain run of a string: its closing quote, an escape, a control character. */
    private static final boolean[] STRING_STOPS = new boolean[0x80];

    static {
        for (int c = 0; c < 0x20; c++) {
            STRING_STOPS[c] = true;
        }
        STRING_STOPS['"'] = true;
        STRING_STOPS['\\'] = true;
    }

    private final ScanPaths paths;
    private final byte[] kinds;
    private final int[] starts;
    private final int[] ends;
    private final long[] integers;
    private final String[] recent = new String[256];
    private final char[][] recentChars = new char[256][];
    private char[] chars;
    private int limit;
    private int closedAt;

    /**
     * @param paths       the members to keep, as dotted paths from the line's top level
     * @param presentOnly paths whose value is only noted as present (or null), never kept
     */
    FlatJsonScanner(Collection<String> paths, Collection<String> presentOnly) {
        this.paths = new ScanPaths(paths, presentOnly);
        int slots = this.paths.size();
        kinds = new byte[slots];
        starts = new int[slots];
        ends = new int[slots];
        integers = new long[slots];
    }

    /** The slot of a path given to the constructor (or of an object on the way to one), or -1. */
    int slot(String path) {
        return paths.slot(path);
    }

    /** Scans the line {@code text[start, end)}; false when it declines (then nothing it kept is valid). */
    boolean scan(char[] text, int start, int end) {
        int at = scanObject(text, start, end);
        return at >= 0 && skipSpace(at) == limit;
    }

    /**
     * Scans the object that starts {@code text[start, limit)} (after spaces), where the text may run on past the
     * object's line; returns the index just after the object, or -1 when it declines or the text ends first.
     */
    int scanObject(char[] text, int start, int end) {
        chars = text;
        limit = Math.min(end, start + MAX_LINE);
        Arrays.fill(kinds, ABSENT);
        int at = skipSpace(start);
        if (at >= limit || chars[at] != '{') {
            return -1;
        }
        return object(at, paths.root(), 1);
    }

    /** Skips spaces and tabs from {@code at}, in the text of the last scan. */
    int afterSpaces(int at) {
        return skipSpace(at);
    }

    byte kind(int slot) {
        return kinds[slot];
    }

    long integer(int slot) {
        return integers[slot];
    }

    /** The string's characters (no escapes were allowed), or the number as written. */
    String text(int slot) {
        return new String(chars, starts[slot], ends[slot] - starts[slot]);
    }

    /**
     * As {@link #text}, but the same string as last time for a value seen before in the same place of a small
     * table: model names, providers and tiers repeat on every line, and need not become new strings each time.
     */
    String repeatedText(int slot) {
        int start = starts[slot];
        int end = ends[slot];
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int index = (hash ^ (hash >>> 16)) & (recent.length - 1);
        char[] known = recentChars[index];
        if (known != null && Arrays.equals(known, 0, known.length, chars, start, end)) {
            return recent[index];
        }
        String text = new String(chars, start, end - start);
        recent[index] = text;
        recentChars[index] = Arrays.copyOfRange(chars, start, end);
        return text;
    }

    /** An object at {@code at} ('{'), of {@code level} (null: skipped); returns the index after it, or -1. */
    private int object(int at, ScanPaths.Level level, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        at = skipSpace(at + 1);
        if (at < limit && chars[at] == '}') {
            return at + 1;
        }
        while (true) {
            if (at >= limit || chars[at] != '"') {
                return -1;
            }
            int nameStart = at + 1;
            int nameEnd = level == null ? skipString(at) - 1 : plainName(nameStart);
            if (nameEnd < 0) {
                return -1;
            }
            at = skipSpace(nameEnd + 1);
            if (at >= limit || chars[at] != ':') {
                return -1;
            }
            at = skipSpace(at + 1);
            at = level == null ? skipValue(at, depth) : member(level, nameStart, nameEnd, at, depth);
            at = at < 0 ? -1 : afterElement(at, '}');
            if (at < 0) {
                return at == CLOSED ? closedAt : -1;
            }
        }
    }

    /**
     * After a member or element: {@link #CLOSED} (with {@link #closedAt} past the bracket) when {@code close}
     * follows, the start of the next one when a comma does, -1 otherwise.
     */
    private int afterElement(int at, char close) {
        at = skipSpace(at);
        if (at >= limit) {
            return -1;
        }
        char c = chars[at];
        if (c == close) {
            closedAt = at + 1;
            return CLOSED;
        }
        return c == ',' ? skipSpace(at + 1) : -1;
    }

    /** A member of a kept level: kept, gone into, or skipped after checking it is no variant of a kept name. */
    private int member(ScanPaths.Level level, int nameStart, int nameEnd, int at, int depth) {
        int index = level.find(chars, nameStart, nameEnd);
        if (index < 0) {
            if (level.isKnownSkippable(chars, nameStart, nameEnd)) {
                return skipValue(at, depth);
            }
            for (int i = nameStart; i < nameEnd; i++) {
                char c = chars[i];
                if (c == '.' || c > 0x7E) {
                    return -1;
                }
            }
            if (level.collidesIgnoringCase(chars, nameStart, nameEnd, ScanPaths.lowerHash(chars, nameStart, nameEnd))) {
                return -1;
            }
            level.rememberSkippable(chars, nameStart, nameEnd);
            return skipValue(at, depth);
        }
        int slot = level.slots.get(index);
        if (kinds[slot] != ABSENT) {
            return -1;
        }
        ScanPaths.Level child = level.children.get(index);
        if (child != null) {
            if (startsWith("null", at)) {
                // Present, but with nothing below it: as a tree's explicit null.
                kinds[slot] = NULL;
                return at + 4;
            }
            if (at >= limit || chars[at] != '{') {
                return -1;
            }
            kinds[slot] = PRESENT;
            return object(at, child, depth + 1);
        }
        if (level.anyValue.get(index)) {
            kinds[slot] = startsWith("null", at) ? NULL : PRESENT;
            return skipValue(at, depth);
        }
        return leaf(slot, at);
    }

    private int leaf(int slot, int at) {
        if (at >= limit) {
            return -1;
        }
        char c = chars[at];
        if (c == '"') {
            int end = plainName(at + 1);
            if (end < 0) {
                return -1;
            }
            kinds[slot] = STRING;
            starts[slot] = at + 1;
            ends[slot] = end;
            return end + 1;
        }
        if (c == 'n') {
            if (!startsWith("null", at)) {
                return -1;
            }
            kinds[slot] = NULL;
            return at + 4;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int end = skipNumber(at);
            if (end < 0) {
                return -1;
            }
            starts[slot] = at;
            ends[slot] = end;
            if (isInteger(at, end)) {
                kinds[slot] = INTEGER;
                integers[slot] = parseLong(at, end);
            } else {
                kinds[slot] = DECIMAL;
            }
            return end;
        }
        return -1;
    }

    /** Integers of up to 18 digits: a {@code long} holds them all. */
    private boolean isInteger(int start, int end) {
        int digits = end - start - (chars[start] == '-' ? 1 : 0);
        if (digits > 18) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /** A string without escapes or control characters, its opening quote just before {@code at}; the index of its closing quote, or -1. */
    private int plainName(int at) {
        char[] text = chars;
        int end = limit;
        for (int i = at; i < end; i++) {
            char c = text[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    private int skipValue(int at, int depth) {
        if (at >= limit) {
            return -1;
        }
        char c = chars[at];
        return switch (c) {
            case '{' -> object(at, null, depth + 1);
            case '[' -> array(at, depth + 1);
            case '"' -> skipString(at);
            case 't' -> startsWith("true", at) ? at + 4 : -1;
            case 'f' -> startsWith("false", at) ? at + 5 : -1;
            case 'n' -> startsWith("null", at) ? at + 4 : -1;
            default -> c == '-' || (c >= '0' && c <= '9') ? skipNumber(at) : -1;
        };
    }

    private int array(int at, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        at = skipSpace(at + 1);
        if (at < limit && chars[at] == ']') {
            return at + 1;
        }
        while (true) {
            at = skipValue(at, depth);
            at = at < 0 ? -1 : afterElement(at, ']');
            if (at < 0) {
                return at == CLOSED ? closedAt : -1;
            }
        }
    }

    /** A string at {@code at} (its opening quote), escapes checked; the index after its closing quote, or -1. */
    private int skipString(int at) {
        char[] text = chars;
        int end = limit;
        int i = at + 1;
        while (i < end) {
            char c = text[i];
            if (c >= 0x80 || !STRING_STOPS[c]) {
                i++;
                continue;
            }
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20 || i + 1 >= end) {
                return -1;
            }
            char e = text[i + 1];
            if (e == 'u') {
                if (i + 5 >= end) {
                    return -1;
                }
                for (int h = i + 2; h < i + 6; h++) {
                    if (Character.digit(text[h], 16) < 0) {
                        return -1;
                    }
                }
                i += 6;
            } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
                i += 2;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** A number by JSON's grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}; the index after it, or -1. */
    private int skipNumber(int at) {
        int i = at;
        if (i < limit && chars[i] == '-') {
            i++;
        }
        if (i >= limit) {
            return -1;
        }
        if (chars[i] == '0') {
            i++;
        } else if (chars[i] >= '1' && chars[i] <= '9') {
            i = digits(i);
        } else {
            return -1;
        }
        if (i < limit && chars[i] == '.') {
            int after = digits(i + 1);
            if (after == i + 1) {
                return -1;
            }
            i = after;
        }
        if (i < limit && (chars[i] == 'e' || chars[i] == 'E')) {
            i++;
            if (i < limit && (chars[i] == '+' || chars[i] == '-')) {
                i++;
            }
            int after = digits(i);
            if (after == i) {
                return -1;
            }
            i = after;
        }
        return i - at > MAX_NUMBER ? -1 : i;
    }

    private int digits(int at) {
        char[] text = chars;
        int end = limit;
        int i = at;
        while (i < end && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        return i;
    }

    private int skipSpace(int at) {
        char[] text = chars;
        int end = limit;
        int i = at;
        while (i < end) {
            char c = text[i];
            // A line holds no line breaks; text read past a line's end must stop at its break.
            if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    private boolean startsWith(String word, int at) {
        if (at + word.length() > limit) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Up to 18 digits, optionally signed: always fits a {@code long}. */
    private long parseLong(int start, int end) {
        boolean negative = chars[start] == '-';
        long value = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            value = value * 10 + (chars[i] - '0');
        }
        return negative ? -value : value;
    }
}
