package dev.ratecard.store;

import java.time.Instant;
import java.util.Objects;

/** From the first row's start to the last row's end (start plus period), both inclusive. */
public record TimeRange(Instant from, Instant to) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " > " + to);
        }
    }
}
