package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.pricing.MatchRule;
import dev.ratecard.pricing.ModelMatch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A price entry that sells the compared model on one route, in one sheet, and how the engine's matcher decided
 * it is the same model.
 */
public record RouteMatch(LibrarySheet sheet, PriceEntry entry, ModelMatch.Matched match) {
    public RouteMatch {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(match, "match");
    }

    public boolean isDirect() {
        return Routes.DIRECT.equalsIgnoreCase(entry.route());
    }

    /** What makes two matches the same route: the host for direct traffic, the gateway otherwise. */
    String routeKey() {
        return isDirect() ? "direct:" + entry.provider().toLowerCase(Locale.ROOT) : "route:" + entry.route().toLowerCase(Locale.ROOT);
    }

    /** e.g. {@code anthropic (direct)}, {@code vercel_ai_gateway}. */
    public String label() {
        return isDirect() ? entry.provider() + " (direct)" : entry.route();
    }

    /** True when the entry is the model under the same id, not one the matcher reached by normalising names. */
    public boolean isExact() {
        return match.rules().equals(List.of(MatchRule.EXACT_ID)) || match.rules().equals(List.of(MatchRule.SHEET_ALIAS));
    }
}
