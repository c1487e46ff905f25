package dev.ratecard.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The names a row shares with many others (its model, provider, and the project, API key, team and app it is tagged
 * with), written into the insert statement as literals (their ids, {@link UsageNames}) instead of bound: each bound
 * value is a call into the native driver, and an export repeats a handful of such combinations over millions of
 * rows. Each combination written in gets a number, part of the row's {@link RowShape}, so rows of one statement share
 * their names by construction, and the inserter takes them from the statement's first row.
 *
 * <p>A statement only pays when its rows go in {@link UsageInserter#ROWS_PER_STATEMENT} at a time, so a pair of
 * columns set and combination of names gets one once it came up that often among the rows of one chunk
 * ({@link #WINDOW}); until then, and for pairs rarer than that, names are bound as before. An import has at most
 * {@link #MAX_STATEMENTS} of them, and stops counting after a window that added none: a file whose combinations are
 * all too rare then pays for the counting once, not for every row. The end user ({@code tag_user}) is left out: exports often carry thousands. Lives
 * on the thread that prepares rows.
 */
final class NameLiterals {
    /** Pairs of columns set and combination of names written in, each two prepared statements (one row, sixteen). */
    static final int MAX_STATEMENTS = 128;
    /** Rows prepared before the pairs met often enough among them are written in: as many as the inserter's chunk. */
    static final int WINDOW = UsageInserter.CHUNK;
    /**
     * The column tags written as literals, by their index in {@link UsageColumns#COLUMN_TAGS}: those stored as a name's
     * id, since what is written in is the id.
     */
    static final List<Integer> TAGS = IntStream.range(0, UsageColumns.COLUMN_TAGS.size())
            .filter(UsageColumns::isNameTag).boxed().toList();
    /**
     * Longer names are bound and never counted: the counts keep each name they count, and a name this long is
     * rarely one that thousands of rows repeat.
     */
    static final int MAX_NAME_LENGTH = 256;
    /** Pairs counted in one window at most, so that a file of ever new names keeps the count small. */
    private static final int MAX_COUNTED = 4 * MAX_STATEMENTS;

    private record Pair(long shape, List<String> names) {
    }

    private final Map<List<String>, Long> numbers = new HashMap<>();
    /** The row's names, looked up through {@link #probe}, a view of them; a key kept in a map is a copy. */
    private final String[] names = new String[2 + TAGS.size()];
    private final List<String> probe = Arrays.asList(names);
    private final Set<Long> statements = new HashSet<>();
    private final Map<Pair, int[]> counts = new LinkedHashMap<>();
    private int rowsInWindow;
    private boolean counting = true;

    /**
     * The bits of {@code row}'s combination of names for a row whose other bits are {@code shape}: its number shifted
     * to {@link RowShape#NAMES_SHIFT} if that pair is written in, else 0 (names bound).
     */
    long bitsOf(UsageRow row, long shape) {
        if (!counting && numbers.isEmpty()) {
            return 0;
        }
        long bits = 0;
        if (readNames(row)) {
            Long number = numbers.get(probe);
            if (number != null && statements.contains(shape | number << RowShape.NAMES_SHIFT)) {
                bits = number << RowShape.NAMES_SHIFT;
            } else if (counting && statements.size() < MAX_STATEMENTS) {
                count(shape);
            }
        }
        if (counting && ++rowsInWindow == WINDOW) {
            writeInThoseMetOften();
        }
        return bits;
    }

    /** Counts the pair of {@code shape} and the names just read. */
    private void count(long shape) {
        Pair pair = new Pair(shape, probe);
        int[] count = counts.get(pair);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < MAX_COUNTED) {
            counts.put(new Pair(shape, Arrays.asList(names.clone())), new int[] {1});
        }
    }

    private void writeInThoseMetOften() {
        int before = statements.size();
        counts.forEach((pair, count) -> {
            if (count[0] >= UsageInserter.ROWS_PER_STATEMENT && statements.size() < MAX_STATEMENTS) {
                long number = numbers.computeIfAbsent(pair.names(), key -> numbers.size() + 1L);
                statements.add(pair.shape() | number << RowShape.NAMES_SHIFT);
            }
        });
        counts.clear();
        rowsInWindow = 0;
        counting = statements.size() > before;
    }

    /**
     * Reads the row's names into {@link #names} in a fixed order, {@code null} where absent; false if one cannot or
     * should not be a literal.
     */
    private boolean readNames(UsageRow row) {
        names[0] = row.model();
        names[1] = row.provider();
        for (int t = 0; t < TAGS.size(); t++) {
            names[2 + t] = row.columnTags()[TAGS.get(t)];
        }
        for (String name : names) {
            if (name != null && (name.length() > MAX_NAME_LENGTH || name.indexOf('\0') >= 0)) {
                return false;
            }
        }
        return true;
    }
}
