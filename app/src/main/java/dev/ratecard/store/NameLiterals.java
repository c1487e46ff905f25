package dev.ratecard.store;

import dev.ratecard.importers.model.Tags;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a row shares with many others (its model, provider, and the project, API key, team and app it is tagged
 * with), written into the insert statement as literals instead of bound: each bound name is a call into the native
 * driver with a byte array to pin and copy, and an export repeats a handful of such combinations over millions of
 * rows. Each distinct combination gets a number, part of the row's {@link RowShape}, so rows of one statement share
 * their names by construction, and the inserter takes them from the statement's first row.
 *
 * <p>Statements are bounded: a combination gets a number only while the import has fewer than
 * {@link #MAX_STATEMENTS} pairs of columns and combination; rows past that bind their names as before. The end user
 * ({@code tag_user}) is left out: exports often carry thousands of them. Lives on the thread that prepares rows.
 */
final class NameLiterals {
    /** Pairs of columns set and combination of names, each a prepared statement (two, once rows go in in groups). */
    static final int MAX_STATEMENTS = 128;
    /** The column tags written as literals, by their index in {@link UsageColumns#COLUMN_TAGS}. */
    static final List<Integer> TAGS = List.of(UsageColumns.COLUMN_TAGS.indexOf(Tags.PROJECT),
            UsageColumns.COLUMN_TAGS.indexOf(Tags.API_KEY), UsageColumns.COLUMN_TAGS.indexOf(Tags.TEAM),
            UsageColumns.COLUMN_TAGS.indexOf(Tags.APP));

    private final Map<List<String>, Long> combinations = new HashMap<>();
    private final Set<Long> statements = new HashSet<>();

    /**
     * The bits of {@code row}'s combination of names for a row whose other bits are {@code shape}: its number shifted
     * to {@link RowShape#NAMES_SHIFT}, or 0 if its names are bound (a name holds a NUL, which SQL text cannot, or
     * the statements are all taken).
     */
    long bitsOf(UsageRow row, long shape) {
        List<String> names = namesOf(row);
        if (names == null) {
            return 0;
        }
        Long number = combinations.get(names);
        long bits = (number == null ? combinations.size() + 1L : number) << RowShape.NAMES_SHIFT;
        if (statements.contains(shape | bits)) {
            return bits;
        }
        if (statements.size() >= MAX_STATEMENTS) {
            return 0;
        }
        if (number == null) {
            combinations.put(names, (long) combinations.size() + 1);
        }
        statements.add(shape | bits);
        return bits;
    }

    /** The row's names in a fixed order, {@code null} where absent; {@code null} if one cannot be a literal. */
    private static List<String> namesOf(UsageRow row) {
        String[] names = new String[2 + TAGS.size()];
        names[0] = row.model();
        names[1] = row.provider();
        for (int t = 0; t < TAGS.size(); t++) {
            names[2 + t] = row.columnTags()[TAGS.get(t)];
        }
        for (String name : names) {
            if (name != null && name.indexOf('\0') >= 0) {
                return null;
            }
        }
        return Arrays.asList(names);
    }
}
