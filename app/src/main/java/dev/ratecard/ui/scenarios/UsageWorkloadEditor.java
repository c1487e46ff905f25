package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.scenarios.WorkloadDocument;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The workload taken from stored usage: a typical month per model and route, as the workspace condensed it, with
 * the peak over the average rate and the growth a month the user may set. Loading other usage is one undoable
 * edit.
 */
final class UsageWorkloadEditor {
    static final String BASE = "$.workload.usage";
    static final FieldSpec PEAK = SyntheticWorkloadEditor.PEAK;
    static final FieldSpec GROWTH = SyntheticWorkloadEditor.GROWTH;

    private final ObjectProperty<WorkloadDocument.Usage> usage = new SimpleObjectProperty<>(this, "usage");
    private final ParameterField peak;
    private final ParameterField growth;

    /**
     * @param doc the file's usage workload, or {@code null} when none has been loaded yet; its peak, if any, shows
     *            in the peak field as the user's own
     */
    UsageWorkloadEditor(FieldSet fields, EditorContext context, WorkloadDocument.Usage doc) {
        usage.set(doc == null ? null : new WorkloadDocument.Usage(doc.description(), doc.lines(), null, null));
        peak = fields.parameter(PEAK, doc == null ? null : doc.peakToAverage());
        growth = fields.parameter(GROWTH, doc == null ? null : doc.growthPerMonth());
        context.undo().track(usage, "Load stored usage");
        usage.addListener(observable -> context.changed().run());
        usage.addListener(observable -> describePeak());
        describePeak();
    }

    /** A peak measured from hourly usage is what an empty peak field takes. */
    private void describePeak() {
        WorkloadDocument.Usage loaded = usage.get();
        if (loaded != null && loaded.peakToAverage() != null) {
            peak.setPlaceholder(loaded.peakToAverage().toPlainString() + " (measured)");
            peak.setNote("Measured from the usage: the busiest hour's output tokens over the average hour's.");
        }
    }

    /** The usage lines in use; {@code null} until some are loaded. */
    public ObjectProperty<WorkloadDocument.Usage> usageProperty() {
        return usage;
    }

    FormSection section() {
        return FormSection.of("Over time", "The peak decides how many replicas self-hosting needs; growth drives the "
                + "projection.", peak, growth);
    }

    boolean hasUsage() {
        return usage.get() != null && !usage.get().lines().isEmpty();
    }

    WorkloadDocument.Usage toDocument() {
        WorkloadDocument.Usage loaded = usage.get();
        BigDecimal k = peak.decimal() != null ? peak.decimal() : loaded.peakToAverage();
        return new WorkloadDocument.Usage(loaded.description(), loaded.lines(), k, growth.decimal());
    }

    /** One line per model and route: "gpt-4o via direct: 8,000,000,000 tokens a month". */
    List<String> describeLines() {
        WorkloadDocument.Usage loaded = usage.get();
        if (loaded == null) {
            return List.of();
        }
        return loaded.lines().stream().map(line -> line.model() + " via " + line.route() + ": "
                + TokenFormatter.exact(tokens(line.monthly())) + " a month").toList();
    }

    private static long tokens(Map<String, Long> monthly) {
        return monthly.entrySet().stream()
                .filter(e -> UsageBucket.fromKey(e.getKey()).filter(UsageBucket::isToken).isPresent())
                .mapToLong(Map.Entry::getValue).sum();
    }
}
