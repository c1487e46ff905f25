package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.workspace.scenarios.OptionDocument;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.WorkloadDocument;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One scenario as the user edits it: its name, the workload (described, or taken from stored usage), the options
 * to compare, the focus pair and the projection. It builds the scenario file the fields make, and puts what the
 * file's reader or the engine refuses under the field it is about. Every edit is undoable; adding, removing and
 * moving options included.
 */
final class ScenarioEditor {
    /** Where the workload comes from. */
    enum WorkloadKind { SYNTHETIC, USAGE }

    static final FieldSpec NAME = FieldSpec.text("Name", ".name").required("Give the scenario a name");
    static final FieldSpec DESCRIPTION = FieldSpec.text("Description", ".description");
    static final FieldSpec MONTHS = FieldSpec.count("Months ahead", "months", ".projection.months")
            .between(BigDecimal.ONE, BigDecimal.valueOf(240));
    static final FieldSpec DISCOUNT_RATE = FieldSpec.percent("Discount rate", ".projection.discount_rate_per_year")
            .atLeast(BigDecimal.ZERO);
    private static final Pattern OPTION_PATH = Pattern.compile("\\$\\.options\\[(\\d+)](.*)");
    private static final String AUTOMATIC = "Automatic";

    private final EditorContext context;
    private final ScenarioDocument original;
    private final FieldSet scenarioFields;
    private final ParameterField name;
    private final ParameterField description;
    private final ParameterField months;
    private final ParameterField discountRate;
    private final ChoiceField subject;
    private final ChoiceField baseline;
    private final ObjectProperty<WorkloadKind> workloadKind = new SimpleObjectProperty<>(this, "workloadKind");
    private final FieldSet syntheticFields;
    private final SyntheticWorkloadEditor synthetic;
    private final FieldSet usageFields;
    private final UsageWorkloadEditor usage;
    private final ObservableList<OptionEditor> options = FXCollections.observableArrayList();
    private final ObservableList<OptionEditor> readOnlyOptions = FXCollections.unmodifiableObservableList(options);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ScenarioEditor(ScenarioDocument doc, EditorContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.original = Objects.requireNonNull(doc, "doc");
        scenarioFields = new FieldSet(context);
        name = scenarioFields.parameter(NAME, doc.name());
        description = scenarioFields.parameter(DESCRIPTION, doc.description());
        ScenarioDocument.Projection projection = doc.projection();
        months = scenarioFields.parameter(MONTHS, projection == null ? null : projection.months());
        months.setPlaceholder("36 (default)");
        months.setNote("Default 36 months: the scenario format's (docs/formats/scenario.md).");
        discountRate = scenarioFields.parameter(DISCOUNT_RATE, projection == null ? null : projection.discountRatePerYear());
        discountRate.setPlaceholder("0 (default)");
        discountRate.setNote("Default 0: cash is not discounted unless you give your cost of capital.");
        ScenarioDocument.Focus focus = doc.focus();
        subject = scenarioFields.choice("Option in focus", ".focus.subject", AUTOMATIC, List.of(),
                focus == null ? null : focus.subject());
        baseline = scenarioFields.choice("Compared with", ".focus.baseline", AUTOMATIC, List.of(),
                focus == null ? null : focus.baseline());
        subject.setNote("Automatic: the first self-hosted option. The break-even, sensitivity and findings are about it.");
        baseline.setNote("Automatic: the cheapest other option at today's volume.");

        syntheticFields = new FieldSet(context);
        usageFields = new FieldSet(context);
        WorkloadDocument.Synthetic given = doc.workload() instanceof WorkloadDocument.Synthetic s ? s
                : new WorkloadDocument.Synthetic(null, null, null, null, null, null, null, null, null, null);
        synthetic = new SyntheticWorkloadEditor(syntheticFields, given);
        usage = new UsageWorkloadEditor(usageFields, context,
                doc.workload() instanceof WorkloadDocument.Usage u ? u : null);
        workloadKind.set(doc.workload() instanceof WorkloadDocument.Usage ? WorkloadKind.USAGE : WorkloadKind.SYNTHETIC);
        context.undo().track(workloadKind, "Change where the workload comes from");
        workloadKind.addListener(observable -> context.changed().run());

        doc.options().forEach(option -> options.add(OptionEditors.of(context, option, options)));
        options.addListener((ListChangeListener<OptionEditor>) change -> refreshFocusChoices());
        options.forEach(o -> o.nameProperty().addListener(observable -> refreshFocusChoices()));
        refreshFocusChoices();
    }

    // ---- State the form shows ----------------------------------------------------------------------------

    ParameterField nameField() {
        return name;
    }

    String name() {
        String typed = name.string();
        return typed == null ? "Untitled scenario" : typed;
    }

    List<FormSection> scenarioSections() {
        return List.of(FormSection.of("Scenario", "", name, description),
                FormSection.of("Focus", "The pair the break-even, the sensitivity and the main findings are about.",
                        subject, baseline),
                FormSection.of("Projection", "Months ahead to project, and the rate that discounts them for payback "
                        + "and net present value.", months, discountRate));
    }

    ObjectProperty<WorkloadKind> workloadKindProperty() {
        return workloadKind;
    }

    SyntheticWorkloadEditor synthetic() {
        return synthetic;
    }

    UsageWorkloadEditor usage() {
        return usage;
    }

    ObservableList<OptionEditor> options() {
        return readOnlyOptions;
    }

    /** A problem the engine found that no field is about; empty when there is none. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- Commands --------------------------------------------------------------------------------------

    OptionEditor addOption(OptionKind kind) {
        Set<String> taken = options.stream().map(OptionEditor::id).collect(Collectors.toSet());
        OptionDocument doc = NewOptions.of(kind, taken, context.choices());
        OptionEditor added = OptionEditors.of(context, doc, options);
        added.nameProperty().addListener(observable -> refreshFocusChoices());
        List<OptionEditor> after = new ArrayList<>(options);
        after.add(added);
        context.undo().execute(new OptionListJob("Add " + added.displayName(), options, List.copyOf(options), after,
                context.changed()));
        return added;
    }

    void removeOption(OptionEditor option) {
        List<OptionEditor> after = new ArrayList<>(options);
        if (after.remove(option)) {
            context.undo().execute(new OptionListJob("Remove " + option.displayName(), options, List.copyOf(options), after,
                    context.changed()));
        }
    }

    /** Moves {@code option} by {@code offset} places, within the list. */
    void moveOption(OptionEditor option, int offset) {
        int from = options.indexOf(option);
        int to = Math.max(0, Math.min(options.size() - 1, from + offset));
        if (from < 0 || from == to) {
            return;
        }
        List<OptionEditor> after = new ArrayList<>(options);
        after.add(to, after.remove(from));
        context.undo().execute(new OptionListJob("Move " + option.displayName(), options, List.copyOf(options), after,
                context.changed()));
    }

    // ---- The scenario file ---------------------------------------------------------------------------

    /** True when every field reads, so that {@link #toDocument()} can build the file. */
    boolean parses() {
        boolean workload = workloadKind.get() == WorkloadKind.SYNTHETIC ? syntheticFields.parses() : usage.hasUsage()
                && usageFields.parses();
        return scenarioFields.parses() && workload && !options.isEmpty() && options.stream().allMatch(OptionEditor::parses);
    }

    /** Why the scenario cannot be built yet, in the user's words; empty when it can. */
    Optional<String> whyNotBuilt() {
        if (options.isEmpty()) {
            return Optional.of("Add an option to compare.");
        }
        if (workloadKind.get() == WorkloadKind.USAGE && !usage.hasUsage()) {
            return Optional.of("Load stored usage for the workload, or describe it instead.");
        }
        if (parses()) {
            return Optional.empty();
        }
        return Optional.of("Fix the fields marked in red to see the results" + firstUnreadable().map(f -> " (first: " + f + ")")
                .orElse("") + ".");
    }

    /** The first field that does not read, as "owner › label: problem", for the notice above the results. */
    private Optional<String> firstUnreadable() {
        List<ParameterField> workload = (workloadKind.get() == WorkloadKind.SYNTHETIC ? syntheticFields : usageFields)
                .fields().stream().filter(ParameterField.class::isInstance).map(ParameterField.class::cast).toList();
        Optional<String> own = unreadable(scenarioFields.fields(), "Scenario")
                .or(() -> unreadable(List.copyOf(workload), "Workload"));
        for (OptionEditor option : options) {
            own = own.or(() -> unreadable(option.allFields(), option.displayName()));
        }
        return own;
    }

    private static Optional<String> unreadable(List<? extends EditorField> fields, String owner) {
        return fields.stream().filter(f -> f instanceof ParameterField p && !p.parses()).findFirst()
                .map(f -> owner + " \u203a " + f.label() + ": " + f.check().error());
    }

    /**
     * The file the fields make. Sensitivity rows and a focus that name an option no longer in the scenario are
     * left out; the volume grid and the rows are kept as the file had them.
     */
    ScenarioDocument toDocument() {
        Set<String> ids = options.stream().map(OptionEditor::id).collect(Collectors.toCollection(HashSet::new));
        WorkloadDocument workload = workloadKind.get() == WorkloadKind.SYNTHETIC ? synthetic.toDocument() : usage.toDocument();
        String s = ids.contains(subject.value()) ? subject.value() : null;
        String b = ids.contains(baseline.value()) ? baseline.value() : null;
        ScenarioDocument.Focus focus = s == null && b == null ? null : new ScenarioDocument.Focus(s, b);
        Integer m = months.integer();
        BigDecimal rate = discountRate.decimal();
        ScenarioDocument.Projection projection = m == null && rate == null ? null : new ScenarioDocument.Projection(m, rate);
        List<ScenarioDocument.Sensitivity> rows = original.sensitivity() == null ? null : original.sensitivity().stream()
                .filter(row -> mentionsOnly(row, ids)).toList();
        return new ScenarioDocument(ScenarioDocument.FORMAT, ScenarioDocument.VERSION, name.string(), description.string(),
                workload, options.stream().map(OptionEditor::toDocument).toList(), focus, original.volumeGrid(),
                projection, rows);
    }

    private static boolean mentionsOnly(ScenarioDocument.Sensitivity row, Set<String> ids) {
        return Stream.concat(row.low().stream(), row.high().stream())
                .allMatch(setting -> setting.option() == null || ids.contains(setting.option()));
    }

    /** Shows {@code e} under the field it names, or above the form when no field is about it. */
    void showProblem(ScenarioFileException e) {
        clearProblems();
        Optional<EditorField> field = fieldAt(e.path());
        field.ifPresent(f -> f.showProblem(e.reason()));
        problem.set(field.isPresent() ? "" : e.path() + ": " + e.reason());
    }

    /** Takes back every problem the engine found: the scenario computed. */
    void clearProblems() {
        problem.set("");
        allFields().forEach(field -> field.showProblem(""));
    }

    private Optional<EditorField> fieldAt(String path) {
        Matcher option = OPTION_PATH.matcher(path);
        if (option.matches()) {
            int index = Integer.parseInt(option.group(1));
            return index < options.size() ? options.get(index).fieldAt(option.group(2)) : Optional.empty();
        }
        if (path.startsWith(SyntheticWorkloadEditor.BASE)) {
            return syntheticFields.at(path.substring(SyntheticWorkloadEditor.BASE.length()));
        }
        if (path.startsWith(UsageWorkloadEditor.BASE)) {
            return usageFields.at(path.substring(UsageWorkloadEditor.BASE.length()));
        }
        return path.startsWith("$.") ? scenarioFields.at(path.substring(1)) : Optional.empty();
    }

    /** Every field of the form: the scenario's, both workloads', every option's. */
    List<EditorField> allFields() {
        List<EditorField> all = new ArrayList<>(scenarioFields.fields());
        all.addAll(syntheticFields.fields());
        all.addAll(usageFields.fields());
        options.forEach(o -> all.addAll(o.allFields()));
        return all;
    }

    /** Gives every option the notes its resolved form carries: the figures in use and their sources. */
    void describe(Scenario resolved) {
        for (OptionEditor option : options) {
            resolved.options().stream().filter(spec -> spec.id().equals(option.id())).findFirst()
                    .ifPresent(option::describe);
        }
    }

    private void refreshFocusChoices() {
        List<ChoiceField.Choice> choices = options.stream()
                .map(o -> new ChoiceField.Choice(o.id(), o.displayName(), NewOptions.label(o.kind()))).toList();
        subject.setChoices(choices);
        baseline.setChoices(choices);
    }

    /** For lookups by id in results. */
    Optional<OptionEditor> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
