package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;

import java.util.Locale;

/**
 * What Anthropic's usage and cost reports share: buckets of results ({@link BucketedJson}), each result grouped by
 * model, service tier ({@code batch} is kept as the batch flag), inference geography, workspace and context window.
 * Each report adds its own figures to the draft a result starts.
 */
final class AnthropicResults {
    /** Adds one result's own figures to {@code draft}, which already has the result's dimensions and time span. */
    @FunctionalInterface
    interface Figures {
        void add(Row row, Draft draft);
    }

    private final Field model;
    private final Field tier;
    private final Field geo;
    private final Field workspace;
    private final Field contextWindow;
    private final BucketedJson buckets;
    private final Row row;
    private final JsonCells cells = new JsonCells(null);

    /** @param fields the report's own fields, to which the shared dimensions are added */
    AnthropicResults(FieldSet fields, ReaderContext context) {
        this.model = fields.optional("model");
        this.tier = fields.optional("service_tier");
        this.geo = fields.optional("inference_geo");
        this.workspace = fields.optional("workspace_id");
        this.contextWindow = fields.optional("context_window");
        this.buckets = new BucketedJson(context, null);
        this.row = context.row();
    }

    void read(JsonNode item, SourceRef where, ReadSession session, Figures figures) {
        buckets.read(item, where, session, (result, start, end, s) -> {
            row.on(cells.reset(result));
            Draft draft = draft();
            draft.span(start, end, "ending_at", end == null ? null : end.toString());
            figures.add(row, draft);
            s.emit(draft);
        });
    }

    private Draft draft() {
        Draft draft = new Draft(Routes.DIRECT).provider("anthropic").model(row.text(model));
        String serviceTier = row.text(tier);
        if (serviceTier != null && serviceTier.strip().toLowerCase(Locale.ROOT).equals("batch")) {
            draft.batch = true;
        } else {
            draft.serviceTier(serviceTier);
        }
        draft.region(row.text(geo));
        draft.tag(Tags.WORKSPACE, row.text(workspace)).tag("context_window", row.text(contextWindow));
        return draft;
    }
}
