package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An option's monthly cost over volume: the sum of its {@link CostTerm}s. Exact evaluation for reported figures;
 * a {@code double} evaluation from constants folded once at construction for the plotted curves, which are
 * evaluated hundreds of times per edit.
 */
public final class CostFunction {
    private final List<CostTerm> terms;
    private final double fixedAndLinearIntercept;
    private final double linearSlope;
    private final double[] aboveSlope;
    private final double[] aboveThreshold;
    private final double[] stepCost;
    private final double[] stepWidth;
    private final double[] stepOffset;
    private final double[] stepMin;
    private final double[] stepExtra;

    public CostFunction(List<? extends CostTerm> terms) {
        this.terms = List.copyOf(terms);
        double intercept = 0;
        double slope = 0;
        List<CostTerm.LinearAbove> above = new ArrayList<>();
        List<CostTerm.Staircase> stairs = new ArrayList<>();
        for (CostTerm term : this.terms) {
            switch (term) {
                case CostTerm.Fixed f -> intercept += f.usdPerMonth().doubleValue();
                case CostTerm.Linear l -> slope += l.usdPerToken().doubleValue();
                case CostTerm.LinearAbove a -> above.add(a);
                case CostTerm.Staircase s -> stairs.add(s);
            }
        }
        fixedAndLinearIntercept = intercept;
        linearSlope = slope;
        aboveSlope = above.stream().mapToDouble(a -> a.usdPerToken().doubleValue()).toArray();
        aboveThreshold = above.stream().mapToDouble(a -> a.thresholdTokens().doubleValue()).toArray();
        stepCost = stairs.stream().mapToDouble(s -> s.usdPerStep().doubleValue()).toArray();
        stepWidth = stairs.stream().mapToDouble(s -> s.tokensPerStep().doubleValue()).toArray();
        stepOffset = stairs.stream().mapToDouble(s -> s.offsetTokens().doubleValue()).toArray();
        stepMin = stairs.stream().mapToDouble(CostTerm.Staircase::minSteps).toArray();
        stepExtra = stairs.stream().mapToDouble(CostTerm.Staircase::extraSteps).toArray();
    }

    public List<CostTerm> terms() {
        return terms;
    }

    /** USD per month at {@code volume} total tokens per month, exact. */
    public BigDecimal at(BigDecimal volume) {
        Objects.requireNonNull(volume, "volume");
        BigDecimal sum = BigDecimal.ZERO;
        for (CostTerm term : terms) {
            sum = sum.add(term.at(volume));
        }
        return sum;
    }

    public BigDecimal at(long volume) {
        return at(BigDecimal.valueOf(volume));
    }

    /** The same for plotting only. */
    public double atDouble(double volume) {
        double sum = fixedAndLinearIntercept + linearSlope * volume;
        for (int i = 0; i < aboveSlope.length; i++) {
            sum += aboveSlope[i] * Math.max(0, volume - aboveThreshold[i]);
        }
        for (int i = 0; i < stepCost.length; i++) {
            double needed = Math.ceil((volume - stepOffset[i]) / stepWidth[i]);
            sum += stepCost[i] * (Math.max(stepMin[i], Math.max(0, needed)) + stepExtra[i]);
        }
        return sum;
    }

    /** USD per token the option adds as volume grows without bound. */
    public BigDecimal marginalPerToken() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostTerm term : terms) {
            sum = sum.add(term.marginalPerToken());
        }
        return sum;
    }

    public List<CostTerm.Staircase> staircases() {
        return terms.stream().filter(CostTerm.Staircase.class::isInstance).map(CostTerm.Staircase.class::cast).toList();
    }

    /** The cost at {@code volume}, line by line, in term order; zero lines are kept so that every input shows. */
    public List<CostLine> breakdown(BigDecimal volume) {
        List<CostLine> lines = new ArrayList<>(terms.size());
        for (CostTerm term : terms) {
            Long steps = term instanceof CostTerm.Staircase s ? s.steps(volume) : null;
            lines.add(new CostLine(term.category(), term.label(), term.source(), Money.usd(term.at(volume)), steps,
                    term.costsNothing()));
        }
        return lines;
    }

    /** This cost when the option carries only {@code share} of the traffic. */
    public CostFunction forShare(BigDecimal share) {
        return new CostFunction(terms.stream().map(t -> t.forShare(share)).toList());
    }

    public CostFunction plus(CostFunction other) {
        List<CostTerm> all = new ArrayList<>(terms);
        all.addAll(other.terms);
        return new CostFunction(all);
    }
}
