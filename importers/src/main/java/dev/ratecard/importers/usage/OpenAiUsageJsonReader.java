package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.SourceRef;

/** OpenAI Usage API completions pages: {@link BucketedJson} buckets of {@link OpenAiCompletionsUsage} results. */
final class OpenAiUsageJsonReader implements JsonItemReader {
    private final BucketedJson buckets;
    private final OpenAiCompletionsUsage usage = new OpenAiCompletionsUsage();
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    OpenAiUsageJsonReader(ReaderContext context) {
        this.buckets = new BucketedJson(context, "organization.usage.completions.result");
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        buckets.read(item, where, session, (result, start, end, s) -> {
            row.on(cells.reset(result));
            Draft draft = usage.convert(row, s);
            draft.span(start, end, "end_time", end == null ? null : end.toString());
            s.emit(draft);
        });
    }
}
