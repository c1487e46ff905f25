package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.scenario.OptionKind;
import dev.ratecard.ui.component.FieldDecorations;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's form: the scenario, its workload (described, or from stored usage), the options to compare (each
 * in its own pane, with move and remove), the focus pair and the projection. Lays out what the view model's
 * editors say; every change goes to them.
 */
final class ScenarioFormView {
    private final ScenariosViewModel model;
    private final ScenarioEditor editor;
    private final ScrollPane root;
    private final VBox optionPanes = new VBox(8);
    private final Map<String, Boolean> expanded = new HashMap<>();
    private final Map<OptionEditor, Node> panes = new HashMap<>();

    ScenarioFormView(ScenariosViewModel model, ScenarioSession session) {
        this.model = model;
        this.editor = session.editor();
        FieldRows scenarioRows = new FieldRows("scenario", model::endEdit);
        List<FormSection> scenario = editor.scenarioSections();
        VBox page = new VBox(card(scenario.getFirst(), scenarioRows), workload(), options(),
                card(scenario.get(1), scenarioRows), card(scenario.get(2), scenarioRows));
        page.getStyleClass().addAll("page", "scenario-form");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("scenario-form");
        Label problem = new Label();
        problem.getStyleClass().add("banner-error");
        problem.setWrapText(true);
        problem.textProperty().bind(editor.problemProperty());
        problem.visibleProperty().bind(editor.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        page.getChildren().add(1, problem);
    }

    Node root() {
        return root;
    }

    private static Node card(FormSection section, FieldRows rows) {
        VBox card = Cards.card(section.title(), section.hint());
        section.fields().forEach(field -> card.getChildren().add(rows.row(field)));
        return card;
    }

    /** A section inside an option's pane: a small heading, its hint, its fields; hidden while it does not apply. */
    private static Node section(FormSection section, FieldRows rows) {
        VBox box = new VBox(8);
        box.getStyleClass().add("form-section");
        if (!section.title().isEmpty() && !section.title().equals("Option")) {
            Label title = new Label(section.title());
            title.getStyleClass().add("form-section-title");
            box.getChildren().add(title);
        }
        if (!section.hint().isEmpty()) {
            Label hint = new Label(section.hint());
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        section.fields().forEach(field -> box.getChildren().add(rows.row(field)));
        box.visibleProperty().bind(section.shown());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ---- Workload ------------------------------------------------------------------------------------------

    private Node workload() {
        ToggleButton describe = new ToggleButton("Describe it");
        describe.setId("scenario-workload-synthetic");
        ToggleButton stored = new ToggleButton("From stored usage");
        stored.setId("scenario-workload-usage");
        describe.setMinWidth(Region.USE_PREF_SIZE);
        stored.setMinWidth(Region.USE_PREF_SIZE);
        SegmentedButton kind = new SegmentedButton(describe, stored);
        VBox synthetic = new VBox(12);
        FieldRows rows = new FieldRows("workload", model::endEdit);
        List<FormSection> sections = editor.synthetic().sections();
        synthetic.getChildren().add(section(sections.getFirst(), rows));
        synthetic.getChildren().add(volumeSlider());
        sections.subList(1, sections.size()).forEach(s -> synthetic.getChildren().add(section(s, rows)));
        Node usage = new UsagePanel(model, editor.usage(), model.usageLoaderProperty().get(),
                new FieldRows("usage", model::endEdit)).root();
        Runnable show = () -> {
            boolean fromUsage = editor.workloadKindProperty().get() == ScenarioEditor.WorkloadKind.USAGE;
            describe.setSelected(!fromUsage);
            stored.setSelected(fromUsage);
            synthetic.setVisible(!fromUsage);
            synthetic.setManaged(!fromUsage);
            usage.setVisible(fromUsage);
            usage.setManaged(fromUsage);
        };
        describe.setOnAction(event -> choose(ScenarioEditor.WorkloadKind.SYNTHETIC, show));
        stored.setOnAction(event -> choose(ScenarioEditor.WorkloadKind.USAGE, show));
        editor.workloadKindProperty().addListener(observable -> show.run());
        show.run();
        return Cards.card("Workload", "The traffic to serve: a month of it today, and how it behaves over time.", kind,
                synthetic, usage);
    }

    private void choose(ScenarioEditor.WorkloadKind kind, Runnable show) {
        editor.workloadKindProperty().set(kind);
        model.endEdit();
        show.run();
    }

    private Node volumeSlider() {
        Slider slider = new Slider(VolumeSlider.MIN, VolumeSlider.MAX, VolumeSlider.MIN);
        slider.setId("scenario-volume-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return CompactNumbers.format(Math.pow(10, position));
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("slider labels are not read back");
            }
        });
        slider.valueProperty().bindBidirectional(editor.synthetic().volumeSlider().positionProperty());
        slider.valueChangingProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.endEdit();
            }
        });
        Label hint = new Label("Drag to see where the options cross; the charts follow.");
        hint.getStyleClass().add("hint");
        return new VBox(4, slider, hint);
    }

    // ---- Options -------------------------------------------------------------------------------------------

    private Node options() {
        MenuButton add = new MenuButton("Add an option");
        add.setId("scenario-add-option");
        for (OptionKind kind : OptionKind.values()) {
            MenuItem item = new MenuItem(NewOptions.label(kind));
            item.setId("scenario-add-" + kind.key().replace('_', '-'));
            item.setOnAction(event -> {
                OptionEditor added = model.addOption(kind);
                expanded.put(added.id(), true);
                if (panes.get(added) instanceof TitledPane pane) {
                    pane.setExpanded(true);
                }
            });
            add.getItems().add(item);
        }
        rebuildOptions();
        editor.options().addListener((ListChangeListener<OptionEditor>) change -> rebuildOptions());
        return Cards.card("Options to compare", "Every way of serving the workload you want to weigh up.",
                optionPanes, add);
    }

    /**
     * Shows the options in their order. Each pane is built once and kept (undoing a removal shows the same one);
     * a mix's pane is built again, because its share fields follow the other options.
     */
    private void rebuildOptions() {
        panes.keySet().removeIf(option -> option instanceof MixEditor);
        optionPanes.getChildren().setAll(editor.options().stream()
                .map(option -> panes.computeIfAbsent(option, this::optionPane)).toList());
    }

    private Node optionPane(OptionEditor option) {
        FieldRows rows = new FieldRows(option.id(), model::endEdit);
        VBox body = new VBox(12);
        option.sections().forEach(s -> body.getChildren().add(section(s, rows)));
        Button up = button("\u25b2 Up", "scenario-move-up-" + option.id(), () -> model.moveOption(option, -1));
        Button down = button("\u25bc Down", "scenario-move-down-" + option.id(), () -> model.moveOption(option, 1));
        Button remove = button("Remove", "scenario-remove-" + option.id(), () -> model.removeOption(option));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        body.getChildren().add(new HBox(8, up, down, spacer, remove));
        TitledPane pane = new TitledPane();
        pane.setId("scenario-option-" + option.id());
        pane.textProperty().bind(option.nameProperty().concat("  \u00b7  " + NewOptions.label(option.kind())));
        pane.setContent(body);
        pane.setExpanded(expanded.getOrDefault(option.id(), editor.options().indexOf(option) == 0));
        pane.expandedProperty().addListener((observable, was, now) -> expanded.put(option.id(), now));
        pane.getStyleClass().add("option-pane");
        // A field in red inside a folded pane must still show: the pane's title is marked too.
        option.validProperty().addListener((observable, was, valid) -> pane.pseudoClassStateChanged(
                FieldDecorations.INVALID, !valid));
        pane.pseudoClassStateChanged(FieldDecorations.INVALID, !option.validProperty().get());
        // A long name is cut short in the title rather than widening the form.
        pane.setMinWidth(0);
        return pane;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
