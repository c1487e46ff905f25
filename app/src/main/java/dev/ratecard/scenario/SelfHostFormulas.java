package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The self-hosting formulas of selfhost-economics.md, each on its own so that it can be checked against the
 * published worked examples. Units are in the names; a month is 730 hours ({@link Units}).
 */
public final class SelfHostFormulas {
    private SelfHostFormulas() {
    }

    /** Always-on rent of one replica: {@code g · $/GPU-h · 730}. */
    public static BigDecimal replicaUsdPerMonth(int gpusPerReplica, BigDecimal usdPerGpuHour) {
        return usdPerGpuHour.multiply(BigDecimal.valueOf(gpusPerReplica)).multiply(Units.HOURS_PER_MONTH_DECIMAL);
    }

    /** §1: USD per 1M output tokens at 100 % busy, {@code $/h · g / (X_out · 3600) · 10⁶}. */
    public static BigDecimal usdPerMillionOutputAtFullBusy(BigDecimal usdPerGpuHour, int gpus,
                                                           BigDecimal outputTokensPerSecond) {
        return Units.divide(usdPerGpuHour.multiply(BigDecimal.valueOf(gpus)).multiply(Units.MILLION),
                outputTokensPerSecond.multiply(Units.SECONDS_PER_HOUR_DECIMAL));
    }

    /** Epoch AI's cost per 1M tokens, {@code 10⁶ · $/h / (3600 · tok/s per GPU)}: the same quantity per GPU. */
    public static BigDecimal epochUsdPerMillion(BigDecimal usdPerGpuHour, BigDecimal tokensPerSecondPerGpu) {
        return Units.divide(usdPerGpuHour.multiply(Units.MILLION),
                tokensPerSecondPerGpu.multiply(Units.SECONDS_PER_HOUR_DECIMAL));
    }

    /** Output tokens one replica emits in a month at 100 % busy: {@code X_out · 3600 · 730}. */
    public static BigDecimal outputTokensPerMonthAtFullBusy(BigDecimal outputTokensPerSecond) {
        return outputTokensPerSecond.multiply(Units.SECONDS_PER_MONTH_DECIMAL);
    }

    /** §5.4 straight-line: {@code (capex − residual) / (12 · years)}. */
    public static BigDecimal straightLineUsdPerMonth(BigDecimal capex, BigDecimal residual, int years) {
        return Units.divide(capex.subtract(residual), BigDecimal.valueOf(12L * years));
    }

    /**
     * §5.4 annuity at cost of capital {@code r} per year: {@code (capex − residual/(1+i)ⁿ) · i / (1 − (1+i)^−n)}
     * with {@code i = r/12}, {@code n = 12 · years}; with no residual this is the published
     * {@code capex · (r/12) / (1 − (1 + r/12)^(−12·N))}. At {@code r = 0} it is the straight line.
     */
    public static BigDecimal capitalUsdPerMonth(BigDecimal capex, BigDecimal residual, int years, BigDecimal ratePerYear) {
        if (ratePerYear.signum() == 0) {
            return straightLineUsdPerMonth(capex, residual, years);
        }
        int n = 12 * years;
        BigDecimal i = Units.divide(ratePerYear, Units.MONTHS_PER_YEAR_DECIMAL);
        BigDecimal growth = BigDecimal.ONE.add(i).pow(n, Units.MATH);
        BigDecimal presentCost = capex.subtract(Units.divide(residual, growth));
        BigDecimal factor = Units.divide(i, BigDecimal.ONE.subtract(Units.divide(BigDecimal.ONE, growth)));
        return presentCost.multiply(factor, Units.MATH);
    }

    /** §5.4 power: {@code P_IT(kW) · LF · PUE · 730 · $/kWh}. */
    public static BigDecimal powerUsdPerMonth(BigDecimal itKw, BigDecimal loadFactor, BigDecimal pue, BigDecimal usdPerKwh) {
        return itKw.multiply(loadFactor).multiply(pue).multiply(Units.HOURS_PER_MONTH_DECIMAL).multiply(usdPerKwh);
    }

    /** §5.4 simple payback in months, {@code capex / (C_api − C_opex)}; empty when owning saves nothing each month. */
    public static Optional<BigDecimal> paybackMonths(BigDecimal capex, BigDecimal apiUsdPerMonth, BigDecimal opexUsdPerMonth) {
        BigDecimal saving = apiUsdPerMonth.subtract(opexUsdPerMonth);
        return saving.signum() <= 0 ? Optional.empty() : Optional.of(Units.divide(capex, saving));
    }

    /** §5.5 first-order break-even: {@code V₀ = C_fixed / p_api_blended} tokens per month. */
    public static BigDecimal breakEvenTokens(BigDecimal fixedUsdPerMonth, BigDecimal apiUsdPerToken) {
        return Units.divide(fixedUsdPerMonth, apiUsdPerToken);
    }
}
