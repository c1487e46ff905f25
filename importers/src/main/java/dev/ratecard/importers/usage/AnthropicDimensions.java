package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;

import java.util.Locale;

/**
 * The group-by dimensions Anthropic's usage and cost reports share: model, service tier ({@code batch} is
 * kept as the batch flag), inference geography, workspace and context window.
 */
final class AnthropicDimensions {
    private final Field model;
    private final Field tier;
    private final Field geo;
    private final Field workspace;
    private final Field contextWindow;

    AnthropicDimensions(FieldSet fields) {
        this.model = fields.optional("model");
        this.tier = fields.optional("service_tier");
        this.geo = fields.optional("inference_geo");
        this.workspace = fields.optional("workspace_id");
        this.contextWindow = fields.optional("context_window");
    }

    Draft draft(Row row) {
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
