package dev.ratecard.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An input a sensitivity run can set: on the workload, or on an option. The key is the field's name in
 * scenario files. Rates are USD per 1M tokens; shares, fees and utilisation are fractions.
 */
public enum Parameter {
    OUTPUT_SHARE(true, "output share"),
    CACHE_HIT_SHARE(true, "cache-hit share"),
    BATCH_SHARE(true, "batch share"),
    PEAK_TO_AVERAGE(true, "peak-to-average ratio"),
    GROWTH_PER_MONTH(true, "growth per month"),

    INPUT_USD_PER_MILLION(false, "input price $/1M"),
    OUTPUT_USD_PER_MILLION(false, "output price $/1M"),
    NEGOTIATED_DISCOUNT(false, "negotiated discount"),
    PROXY_FEE(false, "proxy or payment fee"),
    TOKEN_MARKUP(false, "gateway token markup"),
    TOP_UP_FEE(false, "credit top-up fee"),
    TOP_UP_USD(false, "top-up size $"),
    INFRASTRUCTURE_USD_PER_MONTH(false, "proxy servers $/month"),

    GPU_USD_PER_HOUR(false, "GPU $/hour"),
    OUTPUT_TOKENS_PER_SECOND(false, "X_out@SLO tok/s per replica"),
    PEAK_FACTOR(false, "peak factor k"),
    MAX_UTILISATION(false, "u_max target"),
    MIN_REPLICAS(false, "minimum replicas"),
    REDUNDANT_REPLICAS(false, "redundant replicas"),
    ENGINEER_FTE(false, "engineer FTE"),
    LOADED_SALARY_USD_PER_YEAR(false, "loaded salary $/year"),
    MONITORING_USD_PER_MONTH(false, "monitoring $/month"),
    STORAGE_USD_PER_MONTH(false, "storage $/month"),
    EGRESS_USD_PER_GB(false, "egress $/GB"),
    OTHER_USD_PER_MONTH(false, "other fixed $/month"),

    CAPEX_USD_PER_REPLICA(false, "capex per replica $"),
    RESIDUAL_FRACTION(false, "residual value"),
    YEARS(false, "years of use"),
    COST_OF_CAPITAL_PER_YEAR(false, "cost of capital"),
    POWER_KW_PER_REPLICA(false, "power kW per replica"),
    LOAD_FACTOR(false, "load factor"),
    PUE(false, "PUE"),
    USD_PER_KWH(false, "electricity $/kWh"),
    COLOCATION_USD_PER_KW_MONTH(false, "colocation $/kW-month"),
    MAINTENANCE_FRACTION_PER_YEAR(false, "maintenance per year");

    private final boolean onWorkload;
    private final String label;

    Parameter(boolean onWorkload, String label) {
        this.onWorkload = onWorkload;
        this.label = label;
    }

    public boolean onWorkload() {
        return onWorkload;
    }

    public String label() {
        return label;
    }

    /** Whole numbers only: replica counts and years. */
    public boolean isCount() {
        return this == MIN_REPLICAS || this == REDUNDANT_REPLICAS || this == YEARS;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Parameter> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }
}
