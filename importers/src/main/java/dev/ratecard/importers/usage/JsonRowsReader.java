package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.SourceRef;

/**
 * Reads JSON items with a {@link RowReader}, for sources whose JSON export has the same field names as their
 * CSV export (LiteLLM SpendLogs, Helicone, Langfuse): each item is one row.
 */
final class JsonRowsReader implements JsonItemReader {
    private final RowReader rows;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    JsonRowsReader(RowReader rows, ReaderContext context) {
        this.rows = rows;
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        rows.read(row.on(cells.reset(item)), session);
    }
}
