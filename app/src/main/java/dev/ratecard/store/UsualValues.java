package dev.ratecard.store;

import java.util.Objects;

/**
 * The first route, cost currency, cost kind and extra-tags text an import's rows carry: nearly every row of an
 * export repeats them (a reader has one route, a bill one currency), so a row that matches is inserted by a
 * statement with these values written in as literals, a text parameter fewer each to convert and copy through
 * the driver. Lives on the thread that prepares rows; the inserter takes the literals from the first row of each
 * statement, which matches them by definition.
 */
final class UsualValues {
    private String route;
    private String costCurrency;
    private String costKind;
    private String otherTags;

    /** The {@link RowShape} bits of the usual values {@code row} repeats, the first row's values becoming usual. */
    long bitsOf(UsageRow row) {
        if (route == null) {
            route = literal(row.route());
        }
        if (costCurrency == null) {
            costCurrency = literal(row.costCurrency());
        }
        if (costKind == null) {
            costKind = literal(row.costKind());
        }
        if (otherTags == null) {
            otherTags = literal(row.otherTags());
        }
        return bit(RowShape.USUAL_ROUTE, route, row.route())
                | bit(RowShape.USUAL_CURRENCY, costCurrency, row.costCurrency())
                | bit(RowShape.USUAL_KIND, costKind, row.costKind())
                | bit(RowShape.USUAL_OTHER_TAGS, otherTags, row.otherTags());
    }

    /** A value that SQL text can hold as a literal; one with a NUL in it is always bound instead. */
    private static String literal(String value) {
        return value == null || value.indexOf('\0') >= 0 ? null : value;
    }

    private static long bit(int index, String usual, String value) {
        return usual != null && Objects.equals(usual, value) ? 1L << index : 0;
    }
}
