package dev.ratecard.report;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.Parameter;

import java.math.BigDecimal;

/** A parameter's value as a typed cell, and the unit it is in. */
final class ParameterCells {
    private ParameterCells() {
    }

    static Cell value(Parameter p, BigDecimal v) {
        return switch (p) {
            case OUTPUT_SHARE, CACHE_HIT_SHARE, BATCH_SHARE, GROWTH_PER_MONTH, NEGOTIATED_DISCOUNT, PROXY_FEE, TOKEN_MARKUP,
                 TOP_UP_FEE, MAX_UTILISATION, RESIDUAL_FRACTION, COST_OF_CAPITAL_PER_YEAR, LOAD_FACTOR,
                 MAINTENANCE_FRACTION_PER_YEAR -> Cell.percent(v);
            case INPUT_USD_PER_MILLION, OUTPUT_USD_PER_MILLION, GPU_USD_PER_HOUR, EGRESS_USD_PER_GB, USD_PER_KWH,
                 COLOCATION_USD_PER_KW_MONTH -> Cell.unitCost(Money.usd(v));
            case TOP_UP_USD, INFRASTRUCTURE_USD_PER_MONTH, LOADED_SALARY_USD_PER_YEAR, MONITORING_USD_PER_MONTH,
                 STORAGE_USD_PER_MONTH, OTHER_USD_PER_MONTH, CAPEX_USD_PER_REPLICA -> Cell.amount(Money.usd(v));
            case MIN_REPLICAS, REDUNDANT_REPLICAS, YEARS -> Cell.count(v.longValueExact());
            case PEAK_TO_AVERAGE, OUTPUT_TOKENS_PER_SECOND, PEAK_FACTOR, ENGINEER_FTE, POWER_KW_PER_REPLICA, PUE ->
                    Cell.decimal(v);
        };
    }

    static String unit(Parameter p) {
        return switch (p) {
            case OUTPUT_SHARE, CACHE_HIT_SHARE, BATCH_SHARE -> "share of tokens";
            case GROWTH_PER_MONTH -> "per month";
            case NEGOTIATED_DISCOUNT, PROXY_FEE, TOKEN_MARKUP -> "of the bill";
            case TOP_UP_FEE -> "of each top-up";
            case MAX_UTILISATION -> "of a replica's throughput at peak";
            case RESIDUAL_FRACTION -> "of capex at the end";
            case COST_OF_CAPITAL_PER_YEAR, MAINTENANCE_FRACTION_PER_YEAR -> "per year";
            case LOAD_FACTOR -> "of rated power";
            case INPUT_USD_PER_MILLION, OUTPUT_USD_PER_MILLION -> "USD per 1M tokens";
            case GPU_USD_PER_HOUR -> "USD per GPU-hour";
            case EGRESS_USD_PER_GB -> "USD per GB";
            case USD_PER_KWH -> "USD per kWh";
            case COLOCATION_USD_PER_KW_MONTH -> "USD per kW-month";
            case TOP_UP_USD -> "USD per top-up";
            case INFRASTRUCTURE_USD_PER_MONTH, MONITORING_USD_PER_MONTH, STORAGE_USD_PER_MONTH, OTHER_USD_PER_MONTH ->
                    "USD per month";
            case LOADED_SALARY_USD_PER_YEAR -> "USD per year";
            case CAPEX_USD_PER_REPLICA -> "USD per replica";
            case MIN_REPLICAS, REDUNDANT_REPLICAS -> "replicas";
            case YEARS -> "years";
            case PEAK_TO_AVERAGE, PEAK_FACTOR -> "peak over average";
            case OUTPUT_TOKENS_PER_SECOND -> "output tokens per second per replica";
            case ENGINEER_FTE -> "full-time equivalents";
            case POWER_KW_PER_REPLICA -> "kW per replica";
            case PUE -> "facility over IT power";
        };
    }
}
