package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The people an option needs: {@code fte} full-time equivalents at a loaded salary (base × 1.25–1.4 for
 * benefits and overhead). Monthly cost {@code FTE × S_loaded / 12}.
 */
public record Staffing(BigDecimal fte, BigDecimal loadedSalaryUsdPerYear, String source) {
    public static final Staffing NONE = new Staffing(BigDecimal.ZERO, BigDecimal.ZERO, "none");

    public Staffing {
        Check.nonNegative("engineer.fte", fte);
        Check.nonNegative("engineer.loaded_salary_usd_per_year", loadedSalaryUsdPerYear);
        Objects.requireNonNull(source, "source");
    }

    public BigDecimal usdPerMonth() {
        return Units.divide(fte.multiply(loadedSalaryUsdPerYear), Units.MONTHS_PER_YEAR_DECIMAL);
    }

    public Staffing withFte(BigDecimal value) {
        return new Staffing(value, loadedSalaryUsdPerYear, source);
    }

    public Staffing withLoadedSalary(BigDecimal value) {
        return new Staffing(fte, value, source);
    }
}
