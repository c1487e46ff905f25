package dev.ratecard.importers.usage;

import java.util.List;
import java.util.Map;

/**
 * A column mapping guessed from a header, for the user to confirm.
 *
 * @param mapping   the guess, or {@code null} when the header lacks a time or model column or any count or cost
 * @param reasons   for each column used, what it was taken for and why
 * @param unmapped  the header's columns the guess does not use
 * @param missing   what a mapping needs and no column was found for ({@code time}, {@code model},
 *                  {@code token counts or cost})
 */
public record MappingSuggestion(ColumnMapping mapping, Map<String, String> reasons, List<String> unmapped, List<String> missing) {
    public MappingSuggestion {
        reasons = Map.copyOf(reasons);
        unmapped = List.copyOf(unmapped);
        missing = List.copyOf(missing);
    }
}
