package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where two options' monthly costs meet as volume grows. Volumes are whole tokens per month; "dearer" and
 * "cheaper" refer to low volume (one token per month), where fixed costs decide.
 */
public sealed interface BreakEven {

    String dearerAtLowVolume();

    String cheaperAtLowVolume();

    /** The first volume where the option dearer at low volume costs no more than the other, if any. */
    OptionalLong firstCrossing();

    /**
     * Marginal cost of each option per 1M tokens as volume grows without bound (a staircase counts as its step
     * cost over its width): the argument that decides whether a break-even can last.
     */
    Marginal marginal();

    record Marginal(BigDecimal dearerPerMillion, BigDecimal cheaperPerMillion) {
        public Marginal {
            Objects.requireNonNull(dearerPerMillion, "dearerPerMillion");
            Objects.requireNonNull(cheaperPerMillion, "cheaperPerMillion");
        }
    }

    /**
     * The dearer option becomes no dearer at {@code firstCrossing} and stays so from {@code sustained} on.
     *
     * @param crossings how many times the order changes on the way (1 when the curves meet once)
     */
    record Sustained(String dearerAtLowVolume, String cheaperAtLowVolume, long first, long sustained, int crossings,
                     Marginal marginal) implements BreakEven {
        public Sustained {
            Objects.requireNonNull(dearerAtLowVolume, "dearerAtLowVolume");
            Objects.requireNonNull(cheaperAtLowVolume, "cheaperAtLowVolume");
            if (first > sustained) {
                throw new IllegalArgumentException("first crossing after the sustained one: " + first + " > " + sustained);
            }
        }

        @Override
        public OptionalLong firstCrossing() {
            return OptionalLong.of(first);
        }
    }

    /**
     * The dearer option never stays cheaper; it may cross for a while ({@code temporaryCrossing}).
     *
     * @param reason the argument in plain words, e.g. the marginal cost of one more replica against the traffic it carries
     */
    record Never(String dearerAtLowVolume, String cheaperAtLowVolume, Long temporaryCrossing, String reason,
                 Marginal marginal) implements BreakEven {
        public Never {
            Objects.requireNonNull(dearerAtLowVolume, "dearerAtLowVolume");
            Objects.requireNonNull(cheaperAtLowVolume, "cheaperAtLowVolume");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public OptionalLong firstCrossing() {
            return temporaryCrossing == null ? OptionalLong.empty() : OptionalLong.of(temporaryCrossing);
        }
    }

    /** The two options cost the same at every volume. */
    record Tied(String dearerAtLowVolume, String cheaperAtLowVolume, Marginal marginal) implements BreakEven {
        @Override
        public OptionalLong firstCrossing() {
            return OptionalLong.empty();
        }
    }

    /**
     * The options' marginal costs are so close that their costs keep crossing over more steps than the search
     * walks; the order is settled only beyond {@code settledBeyond} tokens per month.
     */
    record Undetermined(String dearerAtLowVolume, String cheaperAtLowVolume, Long firstCrossingOrNull,
                        long settledBeyond, String reason, Marginal marginal) implements BreakEven {
        @Override
        public OptionalLong firstCrossing() {
            return firstCrossingOrNull == null ? OptionalLong.empty() : OptionalLong.of(firstCrossingOrNull);
        }
    }
}
