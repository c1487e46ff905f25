package dev.ratecard.chart;

import dev.ratecard.scenario.CostCategory;

/** What a cost category is called in legends, tables and reports. */
public final class CostCategoryNames {
    private CostCategoryNames() {
    }

    public static String of(CostCategory category) {
        return switch (category) {
            case TOKENS -> "Tokens";
            case FEES -> "Gateway and payment fees";
            case PLAN -> "Gateway plan";
            case GPUS -> "GPUs";
            case CAPITAL -> "Hardware capital";
            case POWER -> "Power";
            case COLOCATION -> "Colocation";
            case MAINTENANCE -> "Maintenance";
            case ENGINEER -> "Engineer";
            case INFRASTRUCTURE -> "Infrastructure";
            case EGRESS -> "Egress";
            case FIXED -> "Other fixed costs";
        };
    }
}
