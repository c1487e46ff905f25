package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns a usage row sets beyond those every row sets, one bit per optional column. A row leaves out
 * what it does not have (no region, no tags, most buckets zero), and the column's default (NULL, or 0 for
 * counts and flags) stores exactly what binding that value would have stored. Binding a parameter is a call
 * into the native driver, the most expensive part of an insert after the insert itself, and a typical export's
 * rows set about half of the 37 columns; rows of one shape share one prepared statement.
 */
final class RowShape {
    private static final List<String> ALWAYS = List.of("start_ms", "model", "route", "dedup_key", "source_line");
    private static final int MODEL_COLUMN = 1;
    private static final int ROUTE_COLUMN = 2;
    private static final int PERIOD = 0;
    private static final int PROVIDER = 1;
    private static final int BATCH = 2;
    private static final int SERVICE_TIER = 3;
    private static final int REGION = 4;
    private static final int FIRST_TAG = 5;
    private static final int OTHER_TAGS = FIRST_TAG + UsageColumns.COLUMN_TAGS.size();
    private static final int FIRST_BUCKET = OTHER_TAGS + 1;
    private static final int COST = FIRST_BUCKET + UsageBucket.all().size();
    private static final int NATURAL_KEY = COST + 1;
    private static final int POINTER = NATURAL_KEY + 1;
    /** The value is the import's usual one ({@link UsualValues}), written into the statement as a literal. */
    static final int USUAL_ROUTE = POINTER + 1;
    static final int USUAL_CURRENCY = USUAL_ROUTE + 1;
    static final int USUAL_KIND = USUAL_CURRENCY + 1;
    static final int USUAL_OTHER_TAGS = USUAL_KIND + 1;
    static final int USUAL_REQUESTS = USUAL_OTHER_TAGS + 1;
    /**
     * Where the number of the row's combination of names ({@link NameLiterals}) starts, past every other bit, so that a
     * column added later moves it instead of overlapping it; 0 from there on: names bound.
     */
    static final int NAMES_SHIFT = USUAL_REQUESTS + 1;
    private static final int REQUESTS_BIT = FIRST_BUCKET + UsageBucket.all().indexOf(UsageBucket.REQUESTS);
    private static final List<String> OPTIONAL = optionalColumns();
    /**
     * The columns that hold text rather than the id of a name ({@link UsageNames}). Their values are bound as UTF-8
     * bytes made on the reading thread and cast back to text in the statement: the driver would otherwise encode every
     * string on the writing thread, which the import waits for (13 % of its profile there, {@code docs/benchmarks.md}).
     * The cast stores exactly the text that binding the string stores.
     */
    private static final Set<String> TEXT_COLUMNS = textColumns();
    /** Every optional column set and every value bound: what any row can be inserted with. */
    static final long FULL = (1L << (POINTER + 1)) - 1;
    /** The most values a row binds: every column but the batch id, with the cost's currency and kind. */
    static final int MAX_VALUES = ALWAYS.size() + OPTIONAL.size() + 2;

    private RowShape() {
    }

    private static List<String> optionalColumns() {
        List<String> columns = new ArrayList<>(List.of("period_s", "provider", "is_batch", "service_tier", "region"));
        UsageColumns.COLUMN_TAGS.forEach(tag -> columns.add(UsageColumns.tagColumn(tag)));
        columns.add("other_tags");
        UsageBucket.all().forEach(bucket -> columns.add(bucket.key()));
        columns.add("cost_nanos");
        columns.add("natural_key");
        columns.add("source_pointer");
        return List.copyOf(columns);
    }

    private static Set<String> textColumns() {
        Set<String> text = new HashSet<>(List.of("other_tags", "natural_key", "source_pointer"));
        UsageColumns.COLUMN_TAGS.stream().map(UsageColumns::tagColumn).filter(column -> !UsageColumns.isName(column))
                .forEach(text::add);
        return Set.copyOf(text);
    }

    /** A parameter of {@code column} in the statement. */
    private static String parameter(String column) {
        return TEXT_COLUMNS.contains(column) ? "CAST(? AS TEXT)" : "?";
    }

    /**
     * The row's shape: a bit for each optional column it sets to something other than the column's default, one for
     * each of the import's {@code usual} values it repeats, and the number of its combination of {@code names}.
     */
    static long of(UsageRow row, UsualValues usual, NameLiterals names) {
        long shape = columnsAndUsualValues(row, usual);
        return shape | names.bitsOf(row, shape);
    }

    private static long columnsAndUsualValues(UsageRow row, UsualValues usual) {
        long shape = usual.bitsOf(row);
        shape |= bit(PERIOD, row.periodSeconds() != 0);
        shape |= bit(PROVIDER, row.provider() != null);
        shape |= bit(BATCH, row.batch());
        shape |= bit(SERVICE_TIER, row.serviceTier() != null);
        shape |= bit(REGION, row.region() != null);
        String[] tags = row.columnTags();
        for (int t = 0; t < tags.length; t++) {
            shape |= bit(FIRST_TAG + t, tags[t] != null);
        }
        shape |= bit(OTHER_TAGS, row.otherTags() != null);
        List<UsageBucket> buckets = UsageBucket.all();
        for (int b = 0; b < buckets.size(); b++) {
            shape |= bit(FIRST_BUCKET + b, row.counts().get(buckets.get(b)) != 0);
        }
        shape |= bit(COST, row.costNanos() != null);
        shape |= bit(NATURAL_KEY, row.naturalKey() != null);
        shape |= bit(POINTER, row.pointer() != null);
        return shape;
    }

    /**
     * {@code INSERT OR IGNORE} of {@code rows} rows of the columns of {@code shape}, the batch id and the usual values
     * written into the statement, taken from {@code first}, a row of that shape. Besides letting the dedup index turn
     * a row away, {@code OR IGNORE} means no constraint can stop the statement halfway, so SQLite keeps no statement
     * journal for it ({@code SchemaContractTest}).
     */
    static String insert(long shape, long batchId, UsageRow first, int rows, UsageNames names) {
        List<String> columns = new ArrayList<>(ALWAYS);
        List<String> values = new ArrayList<>(columns.stream().map(RowShape::parameter).toList());
        if (has(shape, USUAL_ROUTE)) {
            values.set(ROUTE_COLUMN, idLiteral(first.route(), names));
        }
        if (hasNames(shape)) {
            values.set(MODEL_COLUMN, idLiteral(first.model(), names));
        }
        for (int bit = 0; bit < OPTIONAL.size(); bit++) {
            if (has(shape, bit)) {
                columns.add(OPTIONAL.get(bit));
                values.add(valueOf(bit, shape, first, names));
                if (bit == COST) {
                    columns.add("cost_currency");
                    values.add(has(shape, USUAL_CURRENCY) ? idLiteral(first.costCurrency(), names)
                            : parameter("cost_currency"));
                    columns.add("cost_kind");
                    values.add(has(shape, USUAL_KIND) ? idLiteral(first.costKind(), names) : parameter("cost_kind"));
                }
            }
        }
        String row = "(" + batchId + ", " + String.join(", ", values) + ")";
        List<String> stored = columns.stream().map(UsageColumns::stored).toList();
        return "INSERT OR IGNORE INTO usage_row (batch_id, " + String.join(", ", stored) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** The value of optional column {@code bit} in the statement: a parameter, or the usual value's or name's literal. */
    private static String valueOf(int bit, long shape, UsageRow first, UsageNames names) {
        if (isNameWrittenIn(bit, shape)) {
            return idLiteral(bit == PROVIDER ? first.provider() : first.columnTags()[bit - FIRST_TAG], names);
        }
        if (bit == OTHER_TAGS && has(shape, USUAL_OTHER_TAGS)) {
            return literal(first.otherTags());
        }
        if (bit == REQUESTS_BIT && has(shape, USUAL_REQUESTS)) {
            return Long.toString(first.counts().get(UsageBucket.REQUESTS));
        }
        return parameter(OPTIONAL.get(bit));
    }

    /** Whether optional column {@code bit} holds one of the names the statement of {@code shape} writes as literals. */
    private static boolean isNameWrittenIn(int bit, long shape) {
        return hasNames(shape) && (bit == PROVIDER || bit >= FIRST_TAG && bit < OTHER_TAGS
                && NameLiterals.TAGS.contains(bit - FIRST_TAG));
    }

    static boolean hasNames(long shape) {
        return shape >>> NAMES_SHIFT != 0;
    }

    /** A string as an SQL literal; {@link UsualValues} never makes one of a value with a NUL. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The id of a name as an SQL literal. */
    private static String idLiteral(String name, UsageNames names) {
        return Long.toString(names.idOf(name));
    }

    /**
     * Binds the row's values for the statement of {@code shape} (which the row's own columns must be part of, and
     * whose usual values the row must repeat) to the parameters after the {@code after}-th; returns the last one bound.
     */
    static int bind(PreparedStatement insert, int after, long shape, UsageRow row, byte[] dedupKey, UsageNames names)
            throws SQLException {
        return bind(insert, after, values(shape, row, dedupKey, new Object[MAX_VALUES], names));
    }

    /** Binds {@code values}, as {@link #values} lists them, to the parameters after the {@code after}-th; returns the last. */
    static int bind(PreparedStatement insert, int after, Object[] values) throws SQLException {
        int p = after;
        for (Object value : values) {
            insert.setObject(++p, value);
        }
        return p;
    }

    /**
     * The values the statement of {@code shape} binds for the row, in parameter order: numbers boxed as the driver
     * keeps them, text as its UTF-8 bytes (see {@link #TEXT_COLUMNS}), {@code null} for NULL. Made on the thread that
     * reads the file, so that the thread that writes only hands them to the driver; listed first in {@code scratch},
     * at least {@link #MAX_VALUES} long, which a caller making rows one after another keeps, so that each row makes
     * one array, of its own length.
     */
    static Object[] values(long shape, UsageRow row, byte[] dedupKey, Object[] scratch, UsageNames names) {
        Values values = new Values(scratch);
        values.add(row.startMs());
        if (!hasNames(shape)) {
            values.add(names.idOf(row.model()));
        }
        if (!has(shape, USUAL_ROUTE)) {
            values.add(names.idOf(row.route()));
        }
        values.add(dedupKey);
        values.add(row.line());
        if (has(shape, PERIOD)) {
            values.add(row.periodSeconds());
        }
        if (has(shape, PROVIDER) && !isNameWrittenIn(PROVIDER, shape)) {
            values.add(names.idOf(row.provider()));
        }
        if (has(shape, BATCH)) {
            values.add(row.batch() ? 1 : 0);
        }
        if (has(shape, SERVICE_TIER)) {
            values.add(names.idOf(row.serviceTier()));
        }
        if (has(shape, REGION)) {
            values.add(names.idOf(row.region()));
        }
        String[] tags = row.columnTags();
        for (int t = 0; t < tags.length; t++) {
            if (has(shape, FIRST_TAG + t) && !isNameWrittenIn(FIRST_TAG + t, shape)) {
                values.add(UsageColumns.isNameTag(t) ? names.idOf(tags[t]) : utf8(tags[t]));
            }
        }
        if (has(shape, OTHER_TAGS) && !has(shape, USUAL_OTHER_TAGS)) {
            values.add(utf8(row.otherTags()));
        }
        List<UsageBucket> buckets = UsageBucket.all();
        for (int b = 0; b < buckets.size(); b++) {
            if (has(shape, FIRST_BUCKET + b) && !(FIRST_BUCKET + b == REQUESTS_BIT && has(shape, USUAL_REQUESTS))) {
                values.add(row.counts().get(buckets.get(b)));
            }
        }
        if (has(shape, COST)) {
            values.add(row.costNanos());
            if (!has(shape, USUAL_CURRENCY)) {
                values.add(names.idOf(row.costCurrency()));
            }
            if (!has(shape, USUAL_KIND)) {
                values.add(names.idOf(row.costKind()));
            }
        }
        if (has(shape, NATURAL_KEY)) {
            values.add(utf8(row.naturalKey()));
        }
        if (has(shape, POINTER)) {
            values.add(utf8(row.pointer()));
        }
        return values.toArray();
    }

    /** The values of one row, listed in a caller's array. */
    private static final class Values {
        private final Object[] listed;
        private int size;

        Values(Object[] listed) {
            this.listed = listed;
        }

        void add(Object value) {
            listed[size++] = value;
        }

        Object[] toArray() {
            return Arrays.copyOf(listed, size);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static long bit(int index, boolean set) {
        return set ? 1L << index : 0;
    }

    private static boolean has(long shape, int index) {
        return (shape & (1L << index)) != 0;
    }
}
