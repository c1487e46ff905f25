package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;

import java.time.Instant;
import java.util.List;

/**
 * Request logs: one API response per line (or a JSON array of them), bare or wrapped as
 * {@code {"request": …, "response": …}} (with the response possibly under {@code response.body}, as proxies
 * log it). Each line's shape is detected on its own ({@link ResponseUsage}), so a log may mix OpenAI and
 * Anthropic responses. The time is the response's {@code created}/{@code created_at} (Unix seconds), else the
 * wrapper's {@code timestamp}/{@code time}/… (any form {@link dev.ratecard.importers.text.TimestampParser} reads).
 */
final class RequestLogReader implements JsonItemReader, LineShortcut {
    private final FieldSet fields = new FieldSet();
    final Field time = fields.optional("created", "created_at", "response.body.created", "response.created",
            "response.body.created_at", "response.created_at", "timestamp", "time", "request_time", "start_time",
            "startTime", "logged_at");
    final Field model = fields.optional("model", "response.body.model", "response.model", "request.body.model",
            "request.model");
    final Field id = fields.optional("id", "response.body.id", "response.id", "request_id");
    final Field provider = fields.optional("provider", "response.body.provider", "response.provider");
    final Field user = fields.optional("user", "request.body.user", "request.user");

    private final ResponseUsage usage;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    private final RequestLogFastPath fastPath;

    RequestLogReader(ReaderContext context) {
        this.usage = new ResponseUsage(context);
        this.row = context.row();
        this.fastPath = new RequestLogFastPath(this, usage, context);
    }

    /** Every field it reads from a line. */
    List<Field> fields() {
        return fields.all();
    }

    @Override
    public Draft draft(char[] chars, int start, int end) {
        return fastPath.draft(chars, start, end);
    }

    @Override
    public Draft draftFrom(char[] chars, int start, int limit) {
        return fastPath.draftFrom(chars, start, limit);
    }

    @Override
    public int endOfRecord() {
        return fastPath.end();
    }

    @Override
    public int afterSpaces(int at) {
        return fastPath.afterSpaces(at);
    }

    /** The response object inside a line: the line itself, {@code response}, or {@code response.body}. */
    static JsonNode response(JsonNode line) {
        JsonNode response = line.get("response");
        if (response == null || !response.isObject()) {
            return line;
        }
        JsonNode body = response.get("body");
        return body != null && body.isObject() ? body : response;
    }

    @Override
    public void read(JsonNode item, SourceRef where, ReadSession session) {
        JsonNode response = response(item);
        if (!ResponseUsage.hasUsage(response)) {
            JsonNode error = response.get("error");
            if (error != null && !error.isNull()) {
                session.warn("error", JsonSupport.firstLine(error.toString()), "an error response without usage; left out");
                session.skip("error response without usage");
                return;
            }
            throw new RowProblem("usage", null, "no usage object with prompt_tokens or input_tokens");
        }
        Draft draft = new Draft(Routes.DIRECT);
        ResponseUsage.Shape shape = usage.apply(response, draft, session);
        row.on(cells.reset(item));
        if (row.text(time) == null) {
            throw new RowProblem("created", null, "no time: the line has none of created, created_at, timestamp, time"
                    + (shape == ResponseUsage.Shape.MESSAGES ? "; Anthropic Messages responses carry no time of their own, so the log must add one" : ""));
        }
        Instant start = row.time(time);
        draft.start = start;
        draft.model(row.required(model));
        String named = row.text(provider);
        draft.provider(named != null ? named : ResponseUsage.provider(shape, draft.model));
        draft.key(row.name(id), row.text(id));
        draft.tag(Tags.USER, row.text(user));
        session.emit(draft);
    }
}
