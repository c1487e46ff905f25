package dev.ratecard.pricing;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What usage must share to be priced together: one multiplication per bucket per group. {@code entry} is the
 * entry's number within one aggregation; {@code tier} and {@code window} index the entry's lists, or are
 * {@link ContextTiers#BASE} / {@link TimeWindows#OUTSIDE}. The month is in the key because the fee stack
 * is monthly.
 */
record GroupKey(int entry, String route, YearMonth month, int tier, int window, boolean batch, String serviceTier,
                String region) {

    /** True when usage with these conditions belongs to this group (of the same entry); allocates nothing. */
    boolean sameGroup(String route, YearMonth month, int tier, int window, boolean batch, String serviceTier,
                      String region) {
        return this.tier == tier && this.window == window && this.batch == batch && this.month.equals(month)
                && this.route.equals(route) && Objects.equals(this.serviceTier, serviceTier)
                && Objects.equals(this.region, region);
    }
}
