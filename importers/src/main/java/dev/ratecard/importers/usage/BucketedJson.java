package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.SourceRef;

import java.time.Instant;

/**
 * The page → bucket → results layout the OpenAI and Anthropic admin APIs share:
 * {@code {"data":[{"start_time"|"starting_at", "end_time"|"ending_at", "results":[…]}]}}. A bucket is a
 * container; each result is a row of its own, read with the bucket's time span.
 */
final class BucketedJson {
    /** Converts one result of a bucket spanning {@code start} to {@code end}. */
    @FunctionalInterface
    interface ResultReader {
        void read(JsonNode result, Instant start, Instant end, ReadSession session);
    }

    private final FieldSet fields = new FieldSet();
    private final Field start = fields.optional("start_time", "starting_at");
    private final Field end = fields.optional("end_time", "ending_at");
    private final Row row;
    private final JsonCells cells = new JsonCells(null);
    private final String resultObject;

    /** @param resultObject the {@code object} value of a bare result, to explain why it cannot be read alone */
    BucketedJson(ReaderContext context, String resultObject) {
        this.row = context.row();
        this.resultObject = resultObject;
    }

    void read(JsonNode bucket, SourceRef where, ReadSession session, ResultReader results) {
        JsonNode list = bucket.get("results");
        if (list == null || !list.isArray()) {
            if (resultObject != null && resultObject.equals(bucket.path("object").asText())) {
                throw new RowProblem("start_time", null, "a result outside its bucket has no time; import the whole page"
                        + " ({\"data\":[{\"start_time\":…,\"results\":[…]}]})");
            }
            throw new RowProblem("results", null, "not a usage bucket: no results list");
        }
        row.on(cells.reset(bucket));
        Instant from = row.time(start);
        Instant to = row.timeOrNull(end);
        if (to != null && to.isBefore(from)) {
            throw new RowProblem(row.name(end), row.text(end), "ends before it starts (" + from + ")");
        }
        if (list.isEmpty()) {
            session.skip("empty bucket (no usage in the period)");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode result = list.get(i);
            session.row(JsonItemReader.child(where, "results", i), () -> {
                if (!result.isObject()) {
                    throw new RowProblem(null, result.toString(), "a result must be a JSON object");
                }
                results.read(result, from, to, session);
            });
        }
    }
}
