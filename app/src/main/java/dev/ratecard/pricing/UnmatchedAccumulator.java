package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/** Sums the usage of one unmatched (provider, model name, route), so it can be reported with its tokens. */
final class UnmatchedAccumulator {
    private final String provider;
    private final String route;
    private final ModelMatch.Unmatched match;
    private final BucketCounts.Builder counts = BucketCounts.builder();
    private final List<SourceRef> samples = new ArrayList<>();
    private final int maxSamples;
    private long rows;

    UnmatchedAccumulator(String provider, String route, ModelMatch.Unmatched match, int maxSamples) {
        this.provider = provider;
        this.route = route;
        this.match = match;
        this.maxSamples = maxSamples;
    }

    void add(BucketCounts rowCounts, SourceRef source) {
        counts.add(rowCounts);
        rows++;
        if (source != null && samples.size() < maxSamples) {
            samples.add(source);
        }
    }

    UnmatchedModel result() {
        return new UnmatchedModel(provider, match.rawName(), route, match.reason(), counts.build(), rows, samples);
    }
}
