package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.UsageBucket;

import java.util.function.Supplier;

/**
 * Turns inclusive counts (OpenAI style: the prompt count includes cached, cache-write, audio and image
 * input; the completion count includes reasoning, audio and image output) into disjoint buckets. A negative
 * remainder means the source's counts were not inclusive after all, which is reported, never clamped.
 */
final class TokenSplit {
    private TokenSplit() {
    }

    /**
     * uncached_input = total − cache_read − cache_write_5m − cache_write_1h − audio_in − image_in; each part goes
     * to its own bucket.
     */
    static void inclusiveInput(Draft draft, String totalField, long total, long cacheRead, long cacheWrite5m,
                               long cacheWrite1h, long audioIn, long imageIn) {
        inclusiveInput(draft, () -> totalField, total, cacheRead, cacheWrite5m, cacheWrite1h, audioIn, imageIn);
    }

    /** As above, naming the total by the field it was read from (looked up only if there is something to report). */
    static void inclusiveInput(Draft draft, Row row, Field totalField, long total, long cacheRead, long cacheWrite5m,
                               long cacheWrite1h, long audioIn, long imageIn) {
        inclusiveInput(draft, () -> row.name(totalField), total, cacheRead, cacheWrite5m, cacheWrite1h, audioIn, imageIn);
    }

    private static void inclusiveInput(Draft draft, Supplier<String> totalField, long total, long cacheRead,
                                       long cacheWrite5m, long cacheWrite1h, long audioIn, long imageIn) {
        long uncached = total - cacheRead - cacheWrite5m - cacheWrite1h - audioIn - imageIn;
        if (uncached < 0) {
            throw new RowProblem(totalField.get(), Long.toString(total), "uncached input would be " + uncached
                    + describe(total, "cache read", cacheRead, "cache write", cacheWrite5m + cacheWrite1h,
                    "audio input", audioIn, "image input", imageIn)
                    + "; the parts are larger than the total, so these counts look disjoint (cache not inside the input count)");
        }
        draft.add(UsageBucket.UNCACHED_INPUT, uncached)
                .add(UsageBucket.CACHE_READ, cacheRead)
                .add(UsageBucket.CACHE_WRITE_5M, cacheWrite5m)
                .add(UsageBucket.CACHE_WRITE_1H, cacheWrite1h)
                .add(UsageBucket.AUDIO_INPUT, audioIn)
                .add(UsageBucket.IMAGE_INPUT, imageIn);
    }

    /** output_text = total − reasoning − audio_out − image_out; each part goes to its own bucket. */
    static void inclusiveOutput(Draft draft, String totalField, long total, long reasoning, long audioOut, long imageOut) {
        inclusiveOutput(draft, () -> totalField, total, reasoning, audioOut, imageOut);
    }

    /** As above, naming the total by the field it was read from (looked up only if there is something to report). */
    static void inclusiveOutput(Draft draft, Row row, Field totalField, long total, long reasoning, long audioOut, long imageOut) {
        inclusiveOutput(draft, () -> row.name(totalField), total, reasoning, audioOut, imageOut);
    }

    private static void inclusiveOutput(Draft draft, Supplier<String> totalField, long total, long reasoning,
                                        long audioOut, long imageOut) {
        long text = total - reasoning - audioOut - imageOut;
        if (text < 0) {
            throw new RowProblem(totalField.get(), Long.toString(total), "text output would be " + text
                    + describe(total, "reasoning", reasoning, "audio output", audioOut, "image output", imageOut, null, 0)
                    + "; the parts are larger than the total, so these counts look disjoint (reasoning not inside the output count)");
        }
        draft.add(UsageBucket.OUTPUT_TEXT, text)
                .add(UsageBucket.REASONING, reasoning)
                .add(UsageBucket.AUDIO_OUTPUT, audioOut)
                .add(UsageBucket.IMAGE_OUTPUT, imageOut);
    }

    private static String describe(long total, String a, long va, String b, long vb, String c, long vc, String d, long vd) {
        StringBuilder s = new StringBuilder(" (").append(total);
        append(s, a, va);
        append(s, b, vb);
        append(s, c, vc);
        append(s, d, vd);
        return s.append(')').toString();
    }

    private static void append(StringBuilder s, String name, long value) {
        if (name != null && value != 0) {
            s.append(" − ").append(name).append(' ').append(value);
        }
    }
}
