package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Finds where two options' costs meet, by analysis of their piecewise-linear, stepped cost functions rather
 * than by sampling a grid, so that a reported volume is exact to the token and a short window where the order
 * flips back (one token past a replica's capacity) cannot be missed.
 *
 * <p>The walk covers volumes from one token per month upwards. On each stretch where the smooth form
 * {@code D̃} of the cost difference is linear (see {@link CostDifference}), the sign of the difference is known
 * except where {@code D̃} lies within one step height of zero; there, and only there, every step boundary is
 * visited and the difference solved exactly on each linear piece between them. Beyond the last stretch the
 * sign is that of the difference in marginal cost, so the order found last holds for ever.
 */
public final class BreakEvenFinder {
    /** Step boundaries walked per pair before the answer is reported as undetermined. */
    static final int MAX_SEGMENTS = 100_000;
    /** Step boundaries walked when the marginal costs are equal and the steps could alternate for ever. */
    static final int MAX_SEGMENTS_FLAT = 2_000;

    private final NeverReasons reasons = new NeverReasons();

    public BreakEven find(CostedOption a, CostedOption b) {
        CostDifference d = CostDifference.between(a.cost(), b.cost());
        Walk walk = new Walk(d);
        walk.run();
        CostedOption dearer = a;
        CostedOption cheaper = b;
        if (walk.timeline.differed() && !walk.timeline.initiallyDearer()) {
            // b is the dearer one where the two first differ: look at it from b's side.
            dearer = b;
            cheaper = a;
            walk = new Walk(d.negate());
            walk.run();
        }
        BreakEven.Marginal marginal = new BreakEven.Marginal(Units.perMillion(dearer.cost().marginalPerToken()),
                Units.perMillion(cheaper.cost().marginalPerToken()));
        SignTimeline t = walk.timeline;
        if (!t.differed()) {
            return new BreakEven.Tied(dearer.id(), cheaper.id(), marginal);
        }
        Long first = t.changed() ? t.firstChange() : null;
        if (walk.flatWithoutEnd) {
            return new BreakEven.Never(dearer.id(), cheaper.id(), first,
                    reasons.equalMarginalKeepsCrossing(dearer, cheaper), marginal);
        }
        if (walk.unsettledBeyond != null) {
            return new BreakEven.Undetermined(dearer.id(), cheaper.id(), first, walk.unsettledBeyond,
                    reasons.undetermined(dearer, cheaper, walk.unsettledBeyond), marginal);
        }
        if (!t.finallyDearer()) {
            return new BreakEven.Sustained(dearer.id(), cheaper.id(), t.firstChange(), t.lastChange(), t.changes(),
                    marginal);
        }
        return new BreakEven.Never(dearer.id(), cheaper.id(), first,
                reasons.neverCatchesUp(dearer, cheaper), marginal);
    }

    /** One pass over volume for a difference {@code D = C_dearer − C_cheaper}. */
    private static final class Walk {
        private final CostDifference d;
        private final SignTimeline timeline = new SignTimeline();
        private final BigDecimal upperSlack;
        private final BigDecimal lowerSlack;
        private boolean flatWithoutEnd;
        private Long unsettledBeyond;

        Walk(CostDifference d) {
            this.d = d;
            this.upperSlack = d.negativeHeight();
            this.lowerSlack = d.positiveHeight().negate();
        }

        void run() {
            BigDecimal start = BigDecimal.ONE;
            timeline.observe(1, d.at(start).signum());
            BigDecimal from = start;
            List<BigDecimal> kinks = d.kinks().stream().filter(k -> k.compareTo(start) > 0).toList();
            for (BigDecimal kink : kinks) {
                if (!stretch(from, kink)) {
                    return;
                }
                from = kink;
            }
            stretch(from, null);
        }

        /** Walks {@code [from, to]} ({@code to == null}: for ever); false when the walk had to stop. */
        private boolean stretch(BigDecimal from, BigDecimal to) {
            BigDecimal beta = d.smoothSlopeAfter(from);
            BigDecimal alpha = d.smoothAt(from).subtract(beta.multiply(from));
            BigDecimal lo;
            BigDecimal hi;
            if (beta.signum() == 0) {
                boolean unclear = alpha.compareTo(lowerSlack) >= 0 && alpha.compareTo(upperSlack) <= 0;
                if (!unclear) {
                    observeSmooth(from);
                    return true;
                }
                lo = from;
                hi = to;
            } else {
                BigDecimal v1 = Units.divide(lowerSlack.subtract(alpha), beta);
                BigDecimal v2 = Units.divide(upperSlack.subtract(alpha), beta);
                lo = v1.min(v2).setScale(0, RoundingMode.FLOOR).subtract(BigDecimal.ONE).max(from);
                hi = v1.max(v2).setScale(0, RoundingMode.CEILING).add(BigDecimal.ONE);
                if (to != null) {
                    hi = hi.min(to);
                }
            }
            if (hi != null && lo.compareTo(hi) > 0) {
                observeSmooth(from);
                return true;
            }
            if (lo.compareTo(from) > 0) {
                observeSmooth(from);
            }
            if (!scan(lo.setScale(0, RoundingMode.CEILING), hi, to == null && beta.signum() == 0)) {
                return false;
            }
            if (hi != null && (to == null || hi.add(BigDecimal.ONE).compareTo(to) < 0)) {
                observeSmooth(hi.add(BigDecimal.ONE));
            }
            return true;
        }

        /** Where the smooth form is further than a step from zero, its sign is the sign of the difference. */
        private void observeSmooth(BigDecimal volume) {
            timeline.observe(token(volume), d.smoothAt(volume).signum());
        }

        private boolean scan(BigDecimal from, BigDecimal to, boolean endless) {
            timeline.observe(token(from), d.at(from).signum());
            BigDecimal cur = from;
            int segments = 0;
            int limit = endless ? MAX_SEGMENTS_FLAT : MAX_SEGMENTS;
            while (to == null || cur.compareTo(to) < 0) {
                if (++segments > limit) {
                    if (endless) {
                        flatWithoutEnd = true;
                    } else {
                        unsettledBeyond = to.longValue();
                    }
                    return false;
                }
                BigDecimal next = d.nextBreakAfter(cur);
                if (next == null) {
                    if (to == null) {
                        return true;
                    }
                    next = to;
                } else if (to != null) {
                    next = next.min(to);
                }
                BigDecimal atEnd = d.at(next);
                BigDecimal slope = d.exactSlopeAfter(cur);
                BigDecimal justAfterStart = atEnd.subtract(slope.multiply(next.subtract(cur)));
                timeline.observe(cur.setScale(0, RoundingMode.FLOOR).longValueExact() + 1, justAfterStart.signum());
                boolean dearerAfterStart = justAfterStart.signum() > 0;
                boolean dearerAtEnd = atEnd.signum() > 0;
                if (dearerAtEnd != dearerAfterStart && slope.signum() != 0) {
                    BigDecimal root = cur.add(Units.divide(justAfterStart.negate(), slope));
                    long token = dearerAtEnd
                            ? root.setScale(0, RoundingMode.FLOOR).longValueExact() + 1
                            : root.setScale(0, RoundingMode.CEILING).longValueExact();
                    timeline.observe(token, dearerAtEnd ? 1 : -1);
                }
                cur = next;
            }
            return true;
        }

        private static long token(BigDecimal volume) {
            return volume.setScale(0, RoundingMode.CEILING).longValueExact();
        }
    }
}
