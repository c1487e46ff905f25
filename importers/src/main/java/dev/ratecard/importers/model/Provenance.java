package dev.ratecard.importers.model;

import java.time.LocalDate;
import java.util.Objects;

/** Where a price or figure comes from and the date it was true on; every bundled number carries one. */
public record Provenance(String source, LocalDate asOf, String note) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source is blank");
        }
    }

    public static Provenance of(String source, LocalDate asOf) {
        return new Provenance(source, asOf, null);
    }
}
