package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The column-mapping step: each column with a value from it and the role picked for it; the settings beside the
 * roles; saved profiles to fill the form from and to save it as; what the form still lacks; and the first rows read
 * through the mapping, with their issues, updated as the form changes.
 */
final class MappingPane {
    private MappingPane() {
    }

    static Node build(ColumnMappingModel model) {
        TableView<ColumnRow> columns = new TableView<>(model.columns());
        columns.setId("mapping-columns");
        columns.setEditable(true);
        TableColumn<ColumnRow, ColumnRow> role = new TableColumn<>("Holds");
        role.setId("mapping-column-role");
        role.setPrefWidth(200);
        role.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        role.setCellFactory(unused -> new RoleCell());
        TableColumn<ColumnRow, ColumnRow> tag = new TableColumn<>("Tag name");
        tag.setId("mapping-column-tag");
        tag.setPrefWidth(120);
        tag.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tag.setCellFactory(unused -> new TagCell());
        columns.getColumns().addAll(List.of(Columns.text("Column", "mapping-column-name", ColumnRow::name, 170),
                Columns.text("For example", "mapping-column-example", ColumnRow::example, 170), role, tag));
        HBox.setHgrow(columns, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("mapping-problem");
        problem.getStyleClass().add("banner-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Tab preview = new Tab("", UsageTables.records(model.preview(), "mapping-preview"));
        preview.setId("mapping-tab-preview");
        preview.textProperty().bind(Bindings.concat("Rows read through the mapping (", Bindings.size(model.preview()), ")"));
        Tab issues = new Tab("", UsageTables.issues(model.previewIssues(), "mapping-issues"));
        issues.textProperty().bind(Bindings.concat("Issues (", Bindings.size(model.previewIssues()), ")"));
        TabPane below = new TabPane(preview, issues);
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(below, Priority.ALWAYS);

        HBox top = new HBox(16, columns, settings(model));
        top.setPrefHeight(300);
        VBox pane = new VBox(12, top, problem, below);
        pane.setId("mapping-pane");
        return pane;
    }

    private static Node settings(ColumnMappingModel model) {
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        int row = 0;
        form.addRow(row++, label("Name"), field(model.nameProperty(), "mapping-name", ""));
        form.addRow(row++, label("Time format"), field(model.timeFormatProperty(), "mapping-time-format",
                "ISO 8601, unix-seconds or e.g. dd.MM.yyyy HH:mm"));
        form.addRow(row++, label("Time zone"), field(model.timeZoneProperty(), "mapping-time-zone", "the import's zone"));
        form.addRow(row++, label("Route"), field(model.routeProperty(), "mapping-route", "direct"));
        form.addRow(row++, label("Provider"), field(model.providerProperty(), "mapping-provider", "from the column, if any"));
        form.addRow(row++, label("Cost currency"), field(model.costCurrencyProperty(), "mapping-cost-currency", "USD"));
        form.add(check("Input counts include cached tokens (OpenAI style)", model.inputIncludesCacheProperty(),
                "mapping-input-inclusive"), 0, row++, 2, 1);
        form.add(check("Output counts include reasoning", model.outputIncludesReasoningProperty(),
                "mapping-output-inclusive"), 0, row++, 2, 1);
        form.add(check("The cost is in cents", model.costInCentsProperty(), "mapping-cost-cents"), 0, row++, 2, 1);
        form.add(check("The cost is what was invoiced (not an estimate)", model.costInvoicedProperty(),
                "mapping-cost-invoiced"), 0, row++, 2, 1);

        ComboBox<String> profiles = new ComboBox<>(model.profileNames());
        profiles.setId("mapping-profiles");
        profiles.setPromptText("Saved mappings");
        profiles.setPrefWidth(200);
        Button load = new Button("Use");
        load.setId("mapping-load-profile");
        load.disableProperty().bind(profiles.valueProperty().isNull());
        load.setOnAction(event -> model.loadProfile(profiles.getValue()));
        Button save = new Button("Save as profile");
        save.setId("mapping-save-profile");
        save.disableProperty().bind(model.problemProperty().isNotEmpty());
        save.setOnAction(event -> model.saveProfile());
        form.addRow(row++, label("Saved"), new HBox(8, profiles, load));
        form.add(save, 1, row);

        Label note = new Label();
        note.setId("mapping-suggestion");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMaxWidth(380);
        note.textProperty().bind(model.suggestionNoteProperty());
        VBox settings = new VBox(12, form, note);
        settings.setMinWidth(380);
        return settings;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static TextField field(StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static CheckBox check(String text, BooleanProperty property, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** A picker of the column's role, bound to the row it shows. */
    private static final class RoleCell extends TableCell<ColumnRow, ColumnRow> {
        private final ComboBox<ColumnRole> picker = new ComboBox<>(FXCollections.observableArrayList(ColumnRole.all()));
        private ColumnRow bound;

        RoleCell() {
            picker.setMaxWidth(Double.MAX_VALUE);
            picker.getStyleClass().add("mapping-role");
        }

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                picker.valueProperty().unbindBidirectional(bound.roleProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            picker.setId("mapping-role-" + row.name());
            picker.valueProperty().bindBidirectional(row.roleProperty());
            setGraphic(picker);
        }
    }

    /** The tag's name, editable only for a column taken as a tag. */
    private static final class TagCell extends TableCell<ColumnRow, ColumnRow> {
        private final TextField name = new TextField();
        private ColumnRow bound;

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                name.textProperty().unbindBidirectional(bound.tagProperty());
                name.disableProperty().unbind();
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            name.setId("mapping-tag-" + row.name());
            name.textProperty().bindBidirectional(row.tagProperty());
            name.disableProperty().bind(row.roleProperty().isNotEqualTo(ColumnRole.TAG));
            setGraphic(name);
        }
    }
}
