package dev.ratecard.workspace.costing;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.pricing.AliasTable;
import dev.ratecard.pricing.ModelMatcher;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sheets may price a row, in the order they are tried, under a {@link PriceChoice}. Called once per
 * distinct (provider, model, route) of a run, not per row.
 */
final class SheetRouting {
    /** A sheet with the matcher that reads log names against it. */
    record Sheet(PriceSource source, ModelMatcher matcher) {
    }

    /** A sheet to try, read only when a row gets that far: the LiteLLM catalogue is large and rarely needed. */
    @FunctionalInterface
    interface Candidate {
        Sheet load();
    }

    private final PriceChoice choice;
    private final PriceSources sources;
    private final AliasTable aliases;
    private final Map<PriceSource, Sheet> sheets = new IdentityHashMap<>();

    SheetRouting(PriceChoice choice, PriceSources sources, AliasTable aliases) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    PriceChoice choice() {
        return choice;
    }

    /** The sheets to try for a row, first match wins. */
    List<Candidate> candidates(String provider, String model, String route) {
        List<Candidate> candidates = new ArrayList<>(3);
        switch (choice) {
            case PriceChoice.OneSheet one -> candidates.add(() -> sheet(one.sheet()));
            case PriceChoice.ByRoute byRoute -> {
                if (Routes.OPENROUTER.equalsIgnoreCase(route)) {
                    candidates.add(() -> sheet(bundled(PriceSources.OPENROUTER)));
                }
                direct(modelProvider(provider, model, route)).ifPresent(candidates::add);
                candidates.add(() -> sheet(bundled(PriceSources.LITELLM)));
            }
            case PriceChoice.DirectList direct -> {
                direct(modelProvider(provider, model, route)).ifPresent(candidates::add);
                candidates.add(() -> {
                    try {
                        return sheet(sources.litellmDirect());
                    } catch (ImportException brokenBuild) {
                        throw PriceSources.brokenBuild(brokenBuild);
                    }
                });
            }
        }
        return candidates;
    }

    private Optional<Candidate> direct(String provider) {
        try {
            return sources.directSheetOf(provider).map(source -> () -> sheet(source));
        } catch (ImportException brokenBuild) {
            throw PriceSources.brokenBuild(brokenBuild);
        }
    }

    private PriceSource bundled(String id) {
        try {
            return sources.bundled(id);
        } catch (ImportException brokenBuild) {
            throw PriceSources.brokenBuild(brokenBuild);
        }
    }

    private Sheet sheet(PriceSource source) {
        return sheets.computeIfAbsent(source, s -> new Sheet(s, new ModelMatcher(s.entries(), aliases)));
    }

    /**
     * The provider a row is matched as: at direct list prices, the maker of the model (a gateway row's own
     * provider is the host that served it, whose entries would price it at that host's rates); otherwise the
     * row's own provider.
     */
    String matchingProvider(String provider, String model, String route) {
        return choice instanceof PriceChoice.DirectList ? modelProvider(provider, model, route) : provider;
    }

    /**
     * Who makes the model: through a gateway, the vendor prefix of the model's name ({@code deepseek/…}), since
     * the row's provider is then the host that served it (OpenRouter's {@code provider_name}); otherwise the row's
     * provider, or the prefix when the row names none.
     */
    static String modelProvider(String provider, String model, String route) {
        int slash = model.indexOf('/');
        String prefix = slash > 0 ? model.substring(0, slash).toLowerCase(Locale.ROOT) : null;
        if (Routes.OPENROUTER.equalsIgnoreCase(route) && prefix != null) {
            return prefix;
        }
        return provider != null ? provider : prefix;
    }
}
