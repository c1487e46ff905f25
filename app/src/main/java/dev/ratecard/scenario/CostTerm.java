package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One part of an option's monthly cost as a function of the month's total token volume {@code V}. Every option
 * is a sum of these four shapes, which keeps its cost piecewise linear with whole steps, so that break-even
 * volumes can be found by analysis rather than by sampling. All amounts are USD per month; none falls as
 * volume rises.
 */
public sealed interface CostTerm permits CostTerm.Fixed, CostTerm.Linear, CostTerm.LinearAbove, CostTerm.Staircase {

    CostCategory category();

    /** What the term is, in words that name its inputs, e.g. "2 × H100 SXM at $2.69/GPU-h × 730 h per replica". */
    String label();

    /** Where its inputs come from (price entry, offer, profile, data file or the scenario itself). */
    String source();

    /** The cost at {@code volume} total tokens per month. */
    BigDecimal at(BigDecimal volume);

    /** The same for plotting only. */
    double atDouble(double volume);

    /** USD per token that this term adds as volume grows without bound (a staircase's step cost ÷ its width). */
    BigDecimal marginalPerToken();

    /** True when the term is zero at every volume: its rate or amount is zero, or was absent and taken as zero. */
    boolean costsNothing();

    /** The term when the option carries only {@code share} of the traffic (for mixes). */
    CostTerm forShare(BigDecimal share);

    /** The same term under another label. */
    CostTerm relabeled(String newLabel);

    /** A monthly amount that does not depend on volume. */
    record Fixed(CostCategory category, String label, String source, BigDecimal usdPerMonth) implements CostTerm {
        public Fixed {
            requireCommon(category, label, source);
            requireNonNegative(usdPerMonth, label);
        }

        @Override
        public BigDecimal at(BigDecimal volume) {
            return usdPerMonth;
        }

        @Override
        public double atDouble(double volume) {
            return usdPerMonth.doubleValue();
        }

        @Override
        public boolean costsNothing() {
            return usdPerMonth.signum() == 0;
        }

        @Override
        public BigDecimal marginalPerToken() {
            return BigDecimal.ZERO;
        }

        @Override
        public CostTerm forShare(BigDecimal share) {
            return this;
        }

        @Override
        public CostTerm relabeled(String newLabel) {
            return new Fixed(category, newLabel, source, usdPerMonth);
        }
    }

    /**
     * A cost proportional to volume, stated as its exact amount at a reference volume (the workload's current
     * month) so that the current month is priced without any division.
     */
    record Linear(CostCategory category, String label, String source, BigDecimal usdAtReference, long referenceTokens,
                  BigDecimal usdPerToken) implements CostTerm {
        public Linear {
            requireCommon(category, label, source);
            requireNonNegative(usdAtReference, label);
            if (referenceTokens <= 0) {
                throw new IllegalArgumentException("reference volume must be positive: " + referenceTokens);
            }
            Objects.requireNonNull(usdPerToken, "usdPerToken");
        }

        public static Linear of(CostCategory category, String label, String source, BigDecimal usdAtReference,
                                long referenceTokens) {
            return new Linear(category, label, source, usdAtReference, referenceTokens,
                    Units.divide(usdAtReference, BigDecimal.valueOf(referenceTokens)));
        }

        @Override
        public BigDecimal at(BigDecimal volume) {
            if (volume.compareTo(BigDecimal.valueOf(referenceTokens)) == 0) {
                return usdAtReference;
            }
            return Units.divide(usdAtReference.multiply(volume), BigDecimal.valueOf(referenceTokens));
        }

        @Override
        public double atDouble(double volume) {
            return usdPerToken.doubleValue() * volume;
        }

        @Override
        public boolean costsNothing() {
            return usdAtReference.signum() == 0;
        }

        @Override
        public BigDecimal marginalPerToken() {
            return usdPerToken;
        }

        @Override
        public CostTerm forShare(BigDecimal share) {
            return of(category, label, source, usdAtReference.multiply(share), referenceTokens);
        }

        @Override
        public CostTerm relabeled(String newLabel) {
            return new Linear(category, newLabel, source, usdAtReference, referenceTokens, usdPerToken);
        }
    }

    /**
     * A cost proportional to the volume above a threshold, e.g. a BYOK fee after the free requests of the month.
     *
     * @param atReference the exact amount at the workload's volume where the term comes from a bill priced there
     *                    ({@code null}: the formula everywhere), so that the current month is the bill to the last digit
     */
    record LinearAbove(CostCategory category, String label, String source, BigDecimal usdPerToken,
                       BigDecimal thresholdTokens, Exact atReference) implements CostTerm {
        public LinearAbove {
            requireCommon(category, label, source);
            requireNonNegative(usdPerToken, label);
            requireNonNegative(thresholdTokens, label + " threshold");
        }

        public LinearAbove(CostCategory category, String label, String source, BigDecimal usdPerToken,
                           BigDecimal thresholdTokens) {
            this(category, label, source, usdPerToken, thresholdTokens, null);
        }

        @Override
        public BigDecimal at(BigDecimal volume) {
            if (atReference != null && volume.compareTo(BigDecimal.valueOf(atReference.tokens())) == 0) {
                return atReference.usd();
            }
            BigDecimal above = volume.subtract(thresholdTokens);
            return above.signum() <= 0 ? BigDecimal.ZERO : usdPerToken.multiply(above);
        }

        @Override
        public double atDouble(double volume) {
            return usdPerToken.doubleValue() * Math.max(0, volume - thresholdTokens.doubleValue());
        }

        /** Zero below the threshold is not nothing: the term still costs once volume passes it. */
        @Override
        public boolean costsNothing() {
            return usdPerToken.signum() == 0 && (atReference == null || atReference.usd().signum() == 0);
        }

        @Override
        public BigDecimal marginalPerToken() {
            return usdPerToken;
        }

        @Override
        public CostTerm forShare(BigDecimal share) {
            return new LinearAbove(category, label, source, usdPerToken.multiply(share),
                    Units.divide(thresholdTokens, share), null);
        }

        @Override
        public CostTerm relabeled(String newLabel) {
            return new LinearAbove(category, newLabel, source, usdPerToken, thresholdTokens, atReference);
        }
    }

    /** An amount known exactly at one volume. */
    record Exact(long tokens, BigDecimal usd) {
        public Exact {
            Objects.requireNonNull(usd, "usd");
        }
    }

    /**
     * Whole units bought as volume grows: {@code usdPerStep × (max(minSteps, ⌈(V − offset) / tokensPerStep⌉) + extraSteps)}.
     * A replica of a self-hosted model is one step (its width is the traffic it carries at the target
     * utilisation and peak); so is a block of logged requests over a plan's allowance. One token past a step's
     * width buys the next step.
     *
     * @param unitName what one step is, e.g. "2 × H100 SXM replica", for findings
     */
    record Staircase(CostCategory category, String label, String source, BigDecimal usdPerStep,
                     BigDecimal tokensPerStep, BigDecimal offsetTokens, long minSteps, long extraSteps,
                     String unitName) implements CostTerm {
        public Staircase {
            requireCommon(category, label, source);
            requireNonNegative(usdPerStep, label);
            requireNonNegative(offsetTokens, label + " offset");
            if (tokensPerStep.signum() <= 0) {
                throw new IllegalArgumentException(label + ": a step must carry some traffic, got " + tokensPerStep);
            }
            if (minSteps < 0 || extraSteps < 0) {
                throw new IllegalArgumentException(label + ": negative step count");
            }
            Objects.requireNonNull(unitName, "unitName");
        }

        /** How many steps are bought at {@code volume}. */
        public long steps(BigDecimal volume) {
            BigDecimal needed = Units.divide(volume.subtract(offsetTokens), tokensPerStep)
                    .setScale(0, RoundingMode.CEILING);
            return Math.max(minSteps, needed.signum() < 0 ? 0 : needed.longValueExact()) + extraSteps;
        }

        @Override
        public BigDecimal at(BigDecimal volume) {
            return usdPerStep.multiply(BigDecimal.valueOf(steps(volume)));
        }

        @Override
        public boolean costsNothing() {
            return usdPerStep.signum() == 0;
        }

        @Override
        public double atDouble(double volume) {
            double needed = Math.ceil((volume - offsetTokens.doubleValue()) / tokensPerStep.doubleValue());
            return usdPerStep.doubleValue() * (Math.max(minSteps, Math.max(0, needed)) + extraSteps);
        }

        @Override
        public BigDecimal marginalPerToken() {
            return Units.divide(usdPerStep, tokensPerStep);
        }

        @Override
        public CostTerm forShare(BigDecimal share) {
            return new Staircase(category, label, source, usdPerStep, Units.divide(tokensPerStep, share),
                    Units.divide(offsetTokens, share), minSteps, extraSteps, unitName);
        }

        @Override
        public CostTerm relabeled(String newLabel) {
            return new Staircase(category, newLabel, source, usdPerStep, tokensPerStep, offsetTokens, minSteps,
                    extraSteps, unitName);
        }

        /** The volume at which step {@code n} (1-based, counted from the offset) is full. */
        public BigDecimal boundary(long n) {
            return offsetTokens.add(tokensPerStep.multiply(BigDecimal.valueOf(n)));
        }
    }

    private static void requireCommon(CostCategory category, String label, String source) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }

    private static void requireNonNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " is negative: " + value.toPlainString());
        }
    }
}
