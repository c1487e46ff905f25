package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.workspace.scenarios.OptionDocument;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Traffic split between other options of the scenario: one share per option, empty for none. Shares stay with
 * their option while it is removed, so that undoing the removal brings the split back as it was.
 */
final class MixEditor extends OptionEditor {
    private final ObservableList<OptionEditor> options;
    private final Map<String, ParameterField> shares = new LinkedHashMap<>();
    private final Map<String, BigDecimal> initial = new LinkedHashMap<>();

    MixEditor(EditorContext context, OptionDocument.Mix doc, ObservableList<OptionEditor> options) {
        super(context, OptionKind.MIX, doc.id(), doc.name());
        this.options = options;
        doc.shares().forEach(share -> initial.put(share.option(), share.share()));
        options.forEach(this::shareFor);
        options.addListener((ListChangeListener<OptionEditor>) change -> options.forEach(this::shareFor));
    }

    private void shareFor(OptionEditor option) {
        if (option instanceof MixEditor || shares.containsKey(option.id())) {
            return;
        }
        FieldSpec spec = FieldSpec.percent("Share for " + option.displayName(), ".shares." + option.id());
        shares.put(option.id(), fields.parameter(spec, initial.get(option.id())));
    }

    /** The share fields of the options the scenario has now, in its order. */
    List<ParameterField> shareFields() {
        return options.stream().filter(o -> !(o instanceof MixEditor)).map(o -> shares.get(o.id())).toList();
    }

    @Override
    List<FormSection> sections() {
        return List.of(FormSection.of("Option", "", name), FormSection.of("Shares of the traffic", "Each part pays for "
                + "its share and keeps its fixed costs. The shares must add up to 100 %.", shareFields()));
    }

    /** The shares in the file's order, then those of options added since, in the scenario's order. */
    @Override
    OptionDocument toDocument() {
        Set<String> present = options.stream().map(OptionEditor::id).collect(Collectors.toSet());
        LinkedHashSet<String> order = new LinkedHashSet<>(initial.keySet());
        options.forEach(option -> order.add(option.id()));
        List<OptionDocument.Share> parts = new ArrayList<>();
        for (String id : order) {
            ParameterField share = shares.get(id);
            if (present.contains(id) && share != null && !share.isEmpty()) {
                parts.add(new OptionDocument.Share(id, share.decimal()));
            }
        }
        return new OptionDocument.Mix(id(), name.string(), parts);
    }

    @Override
    boolean parses() {
        return name.parses() && shareFields().stream().allMatch(ParameterField::parses);
    }
}
