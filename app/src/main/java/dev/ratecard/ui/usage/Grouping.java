package dev.ratecard.ui.usage;

import dev.ratecard.store.GroupBy;

/** How the stored-usage table groups its rows. */
public enum Grouping {
    MODEL("Model"), PROVIDER("Provider"), ROUTE("Route"), DAY("Day"), MONTH("Month"), TAG("Tag");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The store's grouping; a tag grouping needs the tag's name. */
    GroupBy groupBy(String tag) {
        return switch (this) {
            case MODEL -> GroupBy.MODEL;
            case PROVIDER -> GroupBy.PROVIDER;
            case ROUTE -> GroupBy.ROUTE;
            case DAY -> GroupBy.DAY;
            case MONTH -> GroupBy.MONTH;
            case TAG -> GroupBy.tag(tag);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
