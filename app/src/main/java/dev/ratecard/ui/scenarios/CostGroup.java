package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.CostCategory;

import java.util.EnumSet;
import java.util.Set;

/** How the monthly bars break a cost down: the engine's cost categories in the five groups a buyer compares. */
enum CostGroup {
    TOKENS("Tokens", EnumSet.of(CostCategory.TOKENS)),
    FEES("Gateway fees and plans", EnumSet.of(CostCategory.FEES, CostCategory.PLAN)),
    GPUS("GPUs and hardware", EnumSet.of(CostCategory.GPUS, CostCategory.CAPITAL, CostCategory.POWER,
            CostCategory.COLOCATION, CostCategory.MAINTENANCE)),
    ENGINEER("Engineer", EnumSet.of(CostCategory.ENGINEER)),
    FIXED("Servers and running costs", EnumSet.of(CostCategory.INFRASTRUCTURE, CostCategory.EGRESS, CostCategory.FIXED));

    private final String label;
    private final Set<CostCategory> categories;

    CostGroup(String label, Set<CostCategory> categories) {
        this.label = label;
        this.categories = categories;
    }

    String label() {
        return label;
    }

    static CostGroup of(CostCategory category) {
        for (CostGroup group : values()) {
            if (group.categories.contains(category)) {
                return group;
            }
        }
        throw new IllegalArgumentException("no group for cost category " + category);
    }
}
