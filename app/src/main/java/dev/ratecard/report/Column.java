package dev.ratecard.report;

import java.util.Objects;

/**
 * A column of a report table.
 *
 * @param weight  its share of the page's width in the PDF
 * @param printed false for detail columns that only the spreadsheet and CSV carry, so the PDF's columns keep
 *                room to be read
 */
public record Column(String header, float weight, boolean printed) {
    public Column {
        Objects.requireNonNull(header, "header");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("column " + header + " needs a positive weight, not " + weight);
        }
    }

    public static Column of(String header, float weight) {
        return new Column(header, weight, true);
    }

    public static Column detail(String header) {
        return new Column(header, 1, false);
    }
}
