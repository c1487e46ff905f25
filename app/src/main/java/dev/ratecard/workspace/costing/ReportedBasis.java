package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;

import java.util.Locale;
import java.util.Objects;

/**
 * Which reported figure a reconciliation line compares: its currency, whether it was invoiced or a tool's
 * estimate, and the source's name for it ({@code cost_total}, {@code spend}; unknown for stored rows).
 */
public record ReportedBasis(String currency, ReportedCost.Kind kind, String column) {
    public ReportedBasis {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
    }

    static ReportedBasis of(ReportedCost cost) {
        return new ReportedBasis(cost.currency(), cost.kind(), cost.basis());
    }

    /** In words, for the route the traffic took: e.g. {@code charged by OpenRouter (cost_total)}. */
    public String describe(String route) {
        String who = switch (route.toLowerCase(Locale.ROOT)) {
            case Routes.OPENROUTER -> "OpenRouter";
            case Routes.LITELLM -> "the LiteLLM proxy";
            case Routes.PORTKEY -> "Portkey";
            case Routes.HELICONE -> "Helicone";
            case Routes.LANGFUSE -> "Langfuse";
            case Routes.BEDROCK -> "AWS Bedrock";
            case Routes.DIRECT -> "the provider";
            default -> route;
        };
        String what = kind == ReportedCost.Kind.INVOICED ? "charged by " + who : "estimated by " + who;
        return what + (column == null ? "" : " (" + column + ")");
    }
}
