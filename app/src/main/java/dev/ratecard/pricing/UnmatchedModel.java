package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.SourceRef;

import java.util.List;
import java.util.Objects;

/**
 * Usage whose model name no price entry matched. It is listed with its token counts so the user can see what
 * is missing from the total (and map the name in the alias table); it is never priced at zero.
 *
 * @param provider   the rows' provider, or {@code null}
 * @param sampleRows the first few rows, for tracing
 */
public record UnmatchedModel(String provider, String rawName, String route, String reason, BucketCounts counts,
                             long rows, List<SourceRef> sampleRows) {
    public UnmatchedModel {
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(counts, "counts");
        sampleRows = List.copyOf(sampleRows);
    }
}
