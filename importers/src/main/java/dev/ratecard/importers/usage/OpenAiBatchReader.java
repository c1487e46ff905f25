package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;

/**
 * OpenAI Batch API output: {@code {id, custom_id, response: {status_code, request_id, body}, error}} per
 * line, in any order. Every successful line is one request billed at the batch rate ({@code batch = true});
 * failed or expired requests are not billed, so they are left out with a warning naming their
 * {@code custom_id} and error. The natural key is the line's {@code id} ({@code batch_req_…}), unique across
 * batches; {@code custom_id} (unique only within one batch) is kept as a tag to match the input file.
 */
final class OpenAiBatchReader implements JsonItemReader {
    private final FieldSet fields = new FieldSet();
    private final Field lineId = fields.optional("id");
    private final Field customId = fields.optional("custom_id");
    private final Field status = fields.optional("response.status_code");
    private final Field errorCode = fields.optional("error.code", "response.body.error.code");
    private final Field errorMessage = fields.optional("error.message", "response.body.error.message");
    private final Field created = fields.optional("response.body.created", "response.body.created_at");
    private final Field model = fields.optional("response.body.model");

    private final ResponseUsage usage;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    OpenAiBatchReader(ReaderContext context) {
        this.usage = new ResponseUsage(context);
        this.row = context.row();
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        row.on(cells.reset(item));
        String custom = row.required(customId);
        String code = row.text(errorCode);
        String statusCode = row.text(status);
        JsonNode body = item.path("response").path("body");
        if (code != null || !body.isObject() || (statusCode != null && !statusCode.equals("200"))) {
            String reason = code != null ? code + ": " + (row.text(errorMessage) == null ? "" : row.text(errorMessage))
                    : "status " + (statusCode == null ? "missing" : statusCode);
            session.warn(row.name(customId), custom, "request failed (" + reason.strip() + "); failed batch requests are not billed, left out");
            session.skip("failed batch request");
            return;
        }
        if (!ResponseUsage.hasUsage(body)) {
            throw new RowProblem("response.body.usage", null, "a successful batch response without usage");
        }
        Draft draft = new Draft(Routes.DIRECT);
        ResponseUsage.Shape shape = usage.apply(body, draft, session);
        row.on(cells.reset(item));
        draft.start = row.time(created);
        draft.model(row.required(model));
        String provider = ResponseUsage.provider(shape, draft.model);
        draft.provider(provider == null ? "openai" : provider);
        draft.batch = true;
        draft.key(row.name(lineId), row.text(lineId));
        draft.tag("custom_id", custom);
        session.emit(draft);
    }
}
