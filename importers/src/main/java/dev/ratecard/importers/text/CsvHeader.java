package dev.ratecard.importers.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of a CSV file's columns, looked up without regard to case or surrounding spaces, so that
 * {@code Prompt_Tokens } finds {@code prompt_tokens}. A name that occurs twice is remembered as ambiguous.
 */
public final class CsvHeader {
    /** Returned by {@link #indexOf(String)} for a name the file does not have. */
    public static final int ABSENT = -1;
    /** Returned by {@link #indexOf(String)} for a name the file has more than once. */
    public static final int AMBIGUOUS = -2;

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public CsvHeader(List<String> rawNames) {
        List<String> cleaned = new ArrayList<>(rawNames.size());
        for (int i = 0; i < rawNames.size(); i++) {
            String name = clean(rawNames.get(i));
            cleaned.add(name);
            String key = key(name);
            if (!key.isEmpty()) {
                index.merge(key, i, (first, again) -> AMBIGUOUS);
            }
        }
        this.names = Collections.unmodifiableList(cleaned);
    }

    private static String clean(String raw) {
        String s = raw == null ? "" : raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The column's position, {@link #ABSENT} or {@link #AMBIGUOUS}. */
    public int indexOf(String name) {
        Integer i = index.get(key(name.strip()));
        return i == null ? ABSENT : i;
    }

    /** Whether the header names this column, once or more than once. */
    public boolean has(String name) {
        return indexOf(name) != ABSENT;
    }

    public String name(int index) {
        return names.get(index);
    }
}
