package dev.ratecard.importers.text;

/** How to read a date written with slashes such as {@code 5/1/25}: May 1st (US) or 5 January. */
public enum SlashDateOrder {
    MONTH_FIRST,
    DAY_FIRST
}
