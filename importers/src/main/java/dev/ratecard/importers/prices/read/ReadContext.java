package dev.ratecard.importers.prices.read;

import dev.ratecard.importers.Progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the caller knows about a sheet that the file itself may not say: the OpenRouter models list has no
 * date, a LiteLLM copy has no source URL, a CSV sheet has no id. Each value is used only where the file
 * lacks it; {@code null} means "not known".
 *
 * @param id       sheet id to use when the file has none
 * @param name     display name to use when the file has none
 * @param asOf     the date the prices were true on, when the file has none
 * @param source   where the file came from (URL or repository path), when the file has none
 * @param progress where the reader reports how far it got and learns whether to stop
 */
public record ReadContext(String id, String name, LocalDate asOf, String source, Progress progress) {
    public static final ReadContext NONE = new ReadContext(null, null, null, null, Progress.NONE);

    public ReadContext {
        progress = progress == null ? Progress.NONE : progress;
    }

    public ReadContext withId(String newId) {
        return new ReadContext(newId, name, asOf, source, progress);
    }

    public ReadContext withName(String newName) {
        return new ReadContext(id, newName, asOf, source, progress);
    }

    public ReadContext withAsOf(LocalDate newAsOf) {
        return new ReadContext(id, name, newAsOf, source, progress);
    }

    public ReadContext withSource(String newSource) {
        return new ReadContext(id, name, asOf, newSource, progress);
    }

    public ReadContext withProgress(Progress newProgress) {
        return new ReadContext(id, name, asOf, source, Objects.requireNonNull(newProgress, "progress"));
    }
}
