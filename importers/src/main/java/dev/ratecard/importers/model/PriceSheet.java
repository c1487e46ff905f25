package dev.ratecard.importers.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A price sheet as read: its own provenance and the entries it holds.
 *
 * @param id         short stable name, e.g. {@code openai}, {@code litellm-2026-07-24}; bundled sheets are
 *                   addressed by it on the command line
 * @param name       what people call it, e.g. "OpenAI (direct)"
 * @param format     the reader that produced it, see {@link PriceSheetFormat}
 * @param provenance source and as-of date of the sheet as a whole
 * @param entries    in the order of the source
 * @param extra      top-level fields the reader kept but does not use
 */
public record PriceSheet(String id, String name, PriceSheetFormat format, Provenance provenance,
                         List<PriceEntry> entries, Map<String, String> extra) {
    public PriceSheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(provenance, "provenance");
        entries = List.copyOf(entries);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
