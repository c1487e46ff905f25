package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search over the catalogue by provider, model id and aliases: every word of the query must appear in one of
 * them, ignoring letter case; dots, underscores and dashes count alike, so {@code sonnet-4.5} finds
 * {@code claude-sonnet-4-5} and {@code together ai} finds {@code together_ai}. An empty query matches everything.
 */
public final class CatalogueSearch {
    private static final Pattern SEPARATORS = Pattern.compile("[._]");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final List<String> terms;

    private CatalogueSearch(List<String> terms) {
        this.terms = terms;
    }

    public static CatalogueSearch of(String query) {
        String text = query == null ? "" : normalise(query).strip();
        return new CatalogueSearch(text.isEmpty() ? List.of() : Arrays.asList(WORDS.split(text)));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public boolean matches(PriceEntry entry) {
        return matchesText(textOf(entry));
    }

    /** For callers that keep {@link #textOf} per row, so a search over thousands of rows builds no strings. */
    public boolean matchesText(String searchableText) {
        for (String term : terms) {
            if (!searchableText.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** What a search looks in: provider, model id and aliases, normalised, one per line. */
    public static String textOf(PriceEntry entry) {
        StringBuilder text = new StringBuilder(normalise(entry.provider())).append('\n').append(normalise(entry.model()));
        entry.aliases().forEach(alias -> text.append('\n').append(normalise(alias)));
        return text.toString();
    }

    private static String normalise(String text) {
        return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
