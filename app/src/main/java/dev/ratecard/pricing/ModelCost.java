package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;

import java.util.List;
import java.util.Objects;

/**
 * The cost of all usage priced against one entry, over every month and condition: the "by model" view.
 *
 * @param lines   the entry's bucket lines, merged where bucket, rate and reason agree
 * @param matches the names as written that were read as this entry, and by which rules
 */
public record ModelCost(PriceEntry entry, Money cost, BucketCounts counts, long rows, List<BucketLine> lines,
                        List<ModelMatch.Matched> matches, List<PricingNote> notes) {
    public ModelCost {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(counts, "counts");
        lines = List.copyOf(lines);
        matches = List.copyOf(matches);
        notes = List.copyOf(notes);
    }

    public boolean isComplete() {
        return lines.stream().allMatch(BucketLine::isPriced);
    }
}
