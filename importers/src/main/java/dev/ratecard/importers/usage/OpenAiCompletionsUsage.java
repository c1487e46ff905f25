package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

/**
 * One OpenAI Usage API completions result, as the API returns it and as the dashboard's
 * {@code completions_usage_*.csv} writes it (same names). Inclusive counts: {@code input_tokens} is all
 * input, cached and cache-write included. The uncached part is {@code input_uncached_tokens} when given
 * (checked: input = uncached + cached + cache_write), else input − cached − cache_write. Audio and image input
 * ({@code input_audio_tokens}, {@code input_image_tokens}: uncached, per the current spec) get their own
 * buckets and are taken out of the uncached count, as audio and image output are out of the output count.
 * Cached audio and image stay in cache_read, which has no modality.
 */
final class OpenAiCompletionsUsage {
    final FieldSet fields = new FieldSet();
    final Field inputTokens = fields.optional("input_tokens");
    final Field cachedTokens = fields.optional("input_cached_tokens");
    final Field cacheWriteTokens = fields.optional("input_cache_write_tokens");
    final Field uncachedTokens = fields.optional("input_uncached_tokens");
    final Field audioIn = fields.optional("input_audio_tokens");
    final Field imageIn = fields.optional("input_image_tokens");
    final Field outputTokens = fields.optional("output_tokens");
    final Field audioOut = fields.optional("output_audio_tokens");
    final Field imageOut = fields.optional("output_image_tokens");
    final Field requests = fields.optional("num_model_requests");
    final Field model = fields.optional("model");
    final Field batch = fields.optional("batch");
    final Field serviceTier = fields.optional("service_tier");
    final Field project = fields.optional("project_id");
    final Field user = fields.optional("user_id");
    final Field apiKey = fields.optional("api_key_id");

    private boolean warnedUngrouped;

    /** Whether the row carries any usage at all (a period without usage exports only its time columns). */
    boolean hasUsage(Row row) {
        return row.text(inputTokens) != null || row.text(outputTokens) != null || row.text(requests) != null;
    }

    /** A draft with the result's buckets and dimensions; the caller sets the time. */
    Draft convert(Row row, ReadSession session) {
        Draft draft = new Draft(Routes.DIRECT).provider("openai");
        long input = row.count(inputTokens);
        long cached = row.count(cachedTokens);
        long cacheWrite = row.count(cacheWriteTokens);
        long audio = row.count(audioIn);
        long image = row.count(imageIn);
        Long uncached = row.countOrNull(uncachedTokens);
        if (uncached == null) {
            TokenSplit.inclusiveInput(draft, row, inputTokens, input, cached, cacheWrite, 0, audio, image);
        } else {
            if (input != uncached + cached + cacheWrite) {
                throw new RowProblem(row.name(inputTokens), Long.toString(input), "not uncached " + uncached
                        + " + cached " + cached + " + cache_write " + cacheWrite + " = " + (uncached + cached + cacheWrite));
            }
            long text = uncached - audio - image;
            if (text < 0) {
                throw new RowProblem(row.name(uncachedTokens), uncached.toString(), "smaller than audio " + audio
                        + " + image " + image + " input; older exports count cached audio inside input_audio_tokens");
            }
            draft.add(UsageBucket.UNCACHED_INPUT, text)
                    .add(UsageBucket.CACHE_READ, cached)
                    .add(UsageBucket.CACHE_WRITE_5M, cacheWrite)
                    .add(UsageBucket.AUDIO_INPUT, audio)
                    .add(UsageBucket.IMAGE_INPUT, image);
        }
        TokenSplit.inclusiveOutput(draft, row, outputTokens, row.count(outputTokens), 0, row.count(audioOut),
                row.count(imageOut));
        draft.add(UsageBucket.REQUESTS, row.count(requests));
        String modelName = row.text(model);
        if (modelName == null && !warnedUngrouped) {
            warnedUngrouped = true;
            session.fileWarning("results are not grouped by model, so their cost cannot be recomputed per model;"
                    + " export with group_by=model");
        }
        draft.model(modelName);
        draft.batch = row.flag(batch, false);
        draft.serviceTier(row.text(serviceTier));
        draft.tag(Tags.PROJECT, row.text(project))
                .tag(Tags.USER, row.text(user))
                .tag(Tags.API_KEY, row.text(apiKey));
        return draft;
    }
}
