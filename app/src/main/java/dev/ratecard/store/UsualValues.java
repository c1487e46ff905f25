package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Objects;

/**
 * The first route, cost currency, cost kind, extra-tags text and request count an import's rows carry: nearly
 * every row of an export repeats them (a reader has one route, a bill one currency, a request log one request a
 * row), so a row that matches is inserted by a statement with these values written in as literals, a parameter
 * fewer each to convert and pass through the driver. Lives on the thread that prepares rows; the inserter takes
 * the literals from the first row of each statement, which matches them by definition.
 */
final class UsualValues {
    private String route;
    private String costCurrency;
    private String costKind;
    private String otherTags;
    /** The first request count above zero (zero is the column's default, never bound), or 0 before one. */
    private long requests;

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
        if (requests == 0) {
            requests = row.counts().get(UsageBucket.REQUESTS);
        }
        long rowRequests = row.counts().get(UsageBucket.REQUESTS);
        return (requests > 0 && rowRequests == requests ? 1L << RowShape.USUAL_REQUESTS : 0)
                | bit(RowShape.USUAL_ROUTE, route, row.route())
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
