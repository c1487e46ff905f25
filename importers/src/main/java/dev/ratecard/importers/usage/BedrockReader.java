package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;

/**
 * AWS Bedrock model invocation logs ({@code schemaType: ModelInvocationLog}), one JSON object per line, also
 * inside CloudWatch's {@code {"message": "<the log as a string>"}} envelope. Counts are disjoint:
 * {@code inputTokenCount} excludes {@code cacheReadInputTokenCount} and {@code cacheWriteInputTokenCount}.
 * The same invocation arrives twice when logs go to both S3 and CloudWatch, so rows are keyed on
 * {@code requestId} and repeats are left out. The log carries no cost. {@code requestMetadata} entries
 * become tags.
 */
final class BedrockReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field requestId = fields.optional("requestId");
    private final Field timestamp = fields.optional("timestamp");
    private final Field model = fields.optional("modelId");
    private final Field region = fields.optional("region");
    private final Field inferenceRegion = fields.optional("inferenceRegion");
    private final Field operation = fields.optional("operation");
    private final Field account = fields.optional("accountId");
    private final Field identity = fields.optional("identity.arn");
    private final Field input = fields.optional("input.inputTokenCount");
    private final Field cacheRead = fields.optional("input.cacheReadInputTokenCount");
    private final Field cacheWrite = fields.optional("input.cacheWriteInputTokenCount");
    private final Field output = fields.optional("output.outputTokenCount");
    private final Field errorCode = fields.optional("errorCode");
    private final Field metadata = fields.optional("requestMetadata");

    private final JsonSupport json;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    BedrockReader(ReaderContext context) {
        this.json = context.json();
        this.row = context.row();
    }

    /** The log inside a line: the line itself, or the JSON string in CloudWatch's {@code message}. */
    static JsonNode unwrap(JsonNode line, JsonSupport json) {
        JsonNode message = line.get("message");
        if (message != null && message.isTextual() && !line.has("schemaType") && message.textValue().strip().startsWith("{")) {
            return json.parseCell(message.textValue(), "message");
        }
        return line;
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        row.on(cells.reset(unwrap(item, json)));
        Draft draft = new Draft(Routes.BEDROCK).provider("bedrock").model(row.required(model));
        draft.start = row.time(timestamp);
        draft.add(UsageBucket.UNCACHED_INPUT, row.count(input))
                .add(UsageBucket.CACHE_READ, row.count(cacheRead))
                .add(UsageBucket.CACHE_WRITE_5M, row.count(cacheWrite))
                .add(UsageBucket.OUTPUT_TEXT, row.count(output))
                .add(UsageBucket.REQUESTS, 1);
        draft.region(row.text(region));
        draft.key(row.name(requestId), row.text(requestId))
                .tag("inference_region", row.text(inferenceRegion))
                .tag("operation", row.text(operation))
                .tag("account", row.text(account))
                .tag("identity", row.text(identity))
                .tag("error", row.text(errorCode));
        JsonNode requestMetadata = row.object(metadata);
        if (requestMetadata != null) {
            requestMetadata.properties().forEach(e -> draft.tag(e.getKey(), e.getValue().asText()));
        }
        session.emit(draft);
    }
}
