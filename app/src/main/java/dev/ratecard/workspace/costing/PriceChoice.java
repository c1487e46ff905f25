package dev.ratecard.workspace.costing;

import java.util.Objects;

/** Which prices usage is priced at. */
public sealed interface PriceChoice {

    /**
     * The right sheet per route: direct traffic (and traffic through a LiteLLM proxy or an observability gateway)
     * at the provider's own bundled sheet, OpenRouter traffic at OpenRouter's list plus OpenRouter's fee model;
     * a model a sheet lacks falls back to the LiteLLM catalogue.
     */
    record ByRoute() implements PriceChoice {
    }

    /** Every row against one sheet, at its list prices, without gateway fees. */
    record OneSheet(PriceSource sheet) implements PriceChoice {
        public OneSheet {
            Objects.requireNonNull(sheet, "sheet");
        }
    }

    /**
     * Every row at its model provider's direct list price, whatever route it took (the provider's bundled sheet,
     * else the LiteLLM catalogue): the yardstick reported costs are reconciled against.
     */
    record DirectList() implements PriceChoice {
    }
}
