package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.model.SourceRef;

import java.util.Map;
import java.util.Objects;

/**
 * One item of a catalogue file (a gateway fee model, a GPU offer, a throughput profile) with where it came
 * from and the fields Ratecard does not know, kept as the file's own JSON text rather than dropped.
 */
public record CatalogueItem<T>(T value, SourceRef origin, Map<String, String> extra) {
    public CatalogueItem {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
