package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The cost of all usage that shares an entry, a route, a billing month and pricing conditions: its tokens
 * summed per bucket, then multiplied once per bucket and rate. Traceable to its price entry (and the entry's
 * provenance) and to its usage rows (how many, and the first few).
 *
 * @param listCost     the usage at the sheet's list rates (fee stack step 1)
 * @param adjustedCost after context tier, time window, service tier and region (step 2)
 * @param cost         after batch pricing: what the provider charges, for the priced lines only
 * @param notes        assumptions and unpriced usage
 * @param rows         usage rows in this group
 * @param sampleRows   the first few of them
 * @param matches      the model names, as written, that led to this entry, and the rules that matched them;
 *                     empty when the caller named the entry itself
 */
public record GroupCost(PriceEntry entry, String route, YearMonth month, RateConditions conditions, BucketCounts counts,
                        List<BucketLine> lines, Money listCost, Money adjustedCost, Money cost, List<PricingNote> notes,
                        long rows, List<SourceRef> sampleRows, List<ModelMatch.Matched> matches) {
    public GroupCost {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(listCost, "listCost");
        Objects.requireNonNull(adjustedCost, "adjustedCost");
        Objects.requireNonNull(cost, "cost");
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        sampleRows = List.copyOf(sampleRows);
        matches = List.copyOf(matches);
    }

    /** True when every bucket with usage had a rate. */
    public boolean isComplete() {
        return lines.stream().allMatch(BucketLine::isPriced);
    }

    public List<BucketLine> unpricedLines() {
        return lines.stream().filter(line -> !line.isPriced()).toList();
    }

    public long requests() {
        return counts.get(UsageBucket.REQUESTS);
    }
}
