package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code D(V) = C_a(V) − C_b(V)} for two cost functions, in the form break-even analysis needs: a constant, a
 * slope, slopes that start at thresholds, and signed staircases.
 *
 * <p>Replacing each staircase {@code ⌈x⌉} by {@code x} gives a smooth, piecewise-linear {@code D̃} with
 * {@code D̃ − H⁻ ≤ D ≤ D̃ + H⁺}, where {@code H⁺} and {@code H⁻} are the step heights of {@code a} and of
 * {@code b}. Wherever {@code D̃} is outside {@code [−H⁺, H⁻]} the sign of {@code D} is known without looking at
 * single steps; only the short stretch in between has to be walked step by step.
 */
final class CostDifference {
    record Above(BigDecimal slope, BigDecimal threshold) {
    }

    record Steps(BigDecimal signedCost, CostTerm.Staircase term) {
        /** Where the smooth form stops being flat at the minimum step count. */
        BigDecimal kink() {
            return term.boundary(term.minSteps());
        }
    }

    private final BigDecimal constant;
    private final BigDecimal slope;
    private final List<Above> aboves;
    private final List<Steps> steps;
    private final BigDecimal positiveHeight;
    private final BigDecimal negativeHeight;

    private CostDifference(BigDecimal constant, BigDecimal slope, List<Above> aboves, List<Steps> steps) {
        this.constant = constant;
        this.slope = slope;
        this.aboves = List.copyOf(aboves);
        this.steps = List.copyOf(steps);
        BigDecimal plus = BigDecimal.ZERO;
        BigDecimal minus = BigDecimal.ZERO;
        for (Steps s : steps) {
            if (s.signedCost.signum() > 0) {
                plus = plus.add(s.signedCost);
            } else {
                minus = minus.subtract(s.signedCost);
            }
        }
        positiveHeight = plus;
        negativeHeight = minus;
    }

    static CostDifference between(CostFunction a, CostFunction b) {
        Accumulator acc = new Accumulator();
        acc.add(a, BigDecimal.ONE);
        acc.add(b, BigDecimal.ONE.negate());
        return new CostDifference(acc.constant, acc.slope, acc.aboves, acc.steps);
    }

    CostDifference negate() {
        return new CostDifference(constant.negate(), slope.negate(),
                aboves.stream().map(a -> new Above(a.slope.negate(), a.threshold)).toList(),
                steps.stream().map(s -> new Steps(s.signedCost.negate(), s.term)).toList());
    }

    /** Exact {@code D(V)}. */
    BigDecimal at(BigDecimal volume) {
        BigDecimal d = withoutSteps(volume);
        for (Steps s : steps) {
            d = d.add(s.signedCost.multiply(BigDecimal.valueOf(s.term.steps(volume))));
        }
        return d;
    }

    /** {@code D̃(V)}: staircases replaced by their smooth form {@code max(min, (V − offset)/width) + extra}. */
    BigDecimal smoothAt(BigDecimal volume) {
        BigDecimal d = withoutSteps(volume);
        for (Steps s : steps) {
            CostTerm.Staircase t = s.term;
            BigDecimal x = Units.divide(volume.subtract(t.offsetTokens()), t.tokensPerStep())
                    .max(BigDecimal.valueOf(t.minSteps()));
            d = d.add(s.signedCost.multiply(x.add(BigDecimal.valueOf(t.extraSteps()))));
        }
        return d;
    }

    /** Slope of {@code D̃} just after {@code volume}. */
    BigDecimal smoothSlopeAfter(BigDecimal volume) {
        BigDecimal d = exactSlopeAfter(volume);
        for (Steps s : steps) {
            if (s.kink().compareTo(volume) <= 0) {
                d = d.add(Units.divide(s.signedCost, s.term.tokensPerStep()));
            }
        }
        return d;
    }

    /** Slope of the exact {@code D} on a stretch that starts after {@code volume} and holds no step boundary. */
    BigDecimal exactSlopeAfter(BigDecimal volume) {
        BigDecimal d = slope;
        for (Above a : aboves) {
            if (a.threshold.compareTo(volume) <= 0) {
                d = d.add(a.slope);
            }
        }
        return d;
    }

    private BigDecimal withoutSteps(BigDecimal volume) {
        BigDecimal d = constant.add(slope.multiply(volume));
        for (Above a : aboves) {
            BigDecimal over = volume.subtract(a.threshold);
            if (over.signum() > 0) {
                d = d.add(a.slope.multiply(over));
            }
        }
        return d;
    }

    /** Volumes where {@code D̃} changes slope, ascending. */
    List<BigDecimal> kinks() {
        TreeSet<BigDecimal> kinks = new TreeSet<>();
        aboves.forEach(a -> kinks.add(a.threshold));
        steps.forEach(s -> kinks.add(s.kink()));
        return new ArrayList<>(kinks);
    }

    /** The next volume after {@code volume} where {@code D} jumps or bends. */
    BigDecimal nextBreakAfter(BigDecimal volume) {
        BigDecimal next = null;
        for (Above a : aboves) {
            if (a.threshold.compareTo(volume) > 0 && (next == null || a.threshold.compareTo(next) < 0)) {
                next = a.threshold;
            }
        }
        for (Steps s : steps) {
            CostTerm.Staircase t = s.term;
            long n = Units.divide(volume.subtract(t.offsetTokens()), t.tokensPerStep())
                    .setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
            BigDecimal boundary = t.boundary(Math.max(t.minSteps(), n));
            if (next == null || boundary.compareTo(next) < 0) {
                next = boundary;
            }
        }
        return next;
    }

    boolean hasSteps() {
        return !steps.isEmpty();
    }

    BigDecimal positiveHeight() {
        return positiveHeight;
    }

    BigDecimal negativeHeight() {
        return negativeHeight;
    }

    private static final class Accumulator {
        BigDecimal constant = BigDecimal.ZERO;
        BigDecimal slope = BigDecimal.ZERO;
        final List<Above> aboves = new ArrayList<>();
        final List<Steps> steps = new ArrayList<>();

        void add(CostFunction f, BigDecimal sign) {
            for (CostTerm term : f.terms()) {
                switch (term) {
                    case CostTerm.Fixed x -> constant = constant.add(x.usdPerMonth().multiply(sign));
                    case CostTerm.Linear x -> slope = slope.add(x.usdPerToken().multiply(sign));
                    case CostTerm.LinearAbove x -> aboves.add(new Above(x.usdPerToken().multiply(sign), x.thresholdTokens()));
                    case CostTerm.Staircase x -> steps.add(new Steps(x.usdPerStep().multiply(sign), x));
                }
            }
        }
    }
}
