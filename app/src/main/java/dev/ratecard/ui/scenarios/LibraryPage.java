package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.component.EmptyState;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The stored scenarios: name (edited in place to rename), the options each compares, when it last changed; and
 * new from an example, open a file, open, duplicate, delete. With none stored, the page says so and offers the
 * headline example.
 */
final class LibraryPage {
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final VBox root;

    LibraryPage(ScenariosViewModel model) {
        Label title = new Label("Scenarios");
        title.getStyleClass().add("page-title");
        Label hint = new Label("A scenario compares ways of serving one workload: paying an API per token, going "
                + "through a gateway, or running the model on your own GPUs. It shows where they break even.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        MenuButton fromExample = new MenuButton("New from an example");
        fromExample.setId("scenario-new");
        model.templates().forEach(template -> {
            MenuItem item = new MenuItem(model.templateName(template));
            item.setOnAction(event -> model.startFrom(template));
            fromExample.getItems().add(item);
        });
        Button openFile = button("Open a file\u2026", "scenario-open-file");
        openFile.setOnAction(event -> model.openFile());

        TableView<ScenarioEntry> table = table(model);
        Button open = button("Open", "scenario-open");
        Button rename = button("Rename", "scenario-rename");
        Button duplicate = button("Duplicate", "scenario-duplicate");
        Button delete = button("Delete\u2026", "scenario-delete");
        open.setOnAction(event -> model.open(table.getSelectionModel().getSelectedItem()));
        rename.setOnAction(event -> {
            table.setEditable(true);
            table.edit(table.getSelectionModel().getSelectedIndex(), table.getColumns().getFirst());
        });
        duplicate.setOnAction(event -> model.duplicate(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(event -> model.delete(table.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {open, rename, duplicate, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, fromExample, openFile, spacer, open, rename, duplicate, delete);

        EmptyState empty = new EmptyState(ScenariosScreen.GLYPH, "No scenarios yet",
                "Start from the headline example: Qwen 2.5 72B on rented H100s against three APIs at 100M tokens a "
                        + "month. Change it to your own numbers and save it.",
                "Start from the headline example", model::startFromHeadline);
        StackPane list = new StackPane(table, empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable showEmpty = () -> {
            boolean none = model.entries().isEmpty();
            empty.setVisible(none);
            table.setVisible(!none);
        };
        model.entries().addListener((ListChangeListener<ScenarioEntry>) change -> showEmpty.run());
        showEmpty.run();

        root = new VBox(title, hint, actions, list);
        root.getStyleClass().add("page");
        root.setId("scenario-library");
    }

    private static TableView<ScenarioEntry> table(ScenariosViewModel model) {
        TableView<ScenarioEntry> table = new TableView<>(model.entries());
        table.setId("scenario-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ScenarioEntry, String> name = new TableColumn<>("Name");
        name.setPrefWidth(420);
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(event -> {
            table.setEditable(false);
            model.rename(event.getRowValue(), event.getNewValue());
        });
        name.setOnEditCancel(event -> table.setEditable(false));
        TableColumn<ScenarioEntry, String> options = new TableColumn<>("Options compared");
        options.setPrefWidth(420);
        options.setEditable(false);
        options.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().options().size() + ": "
                + String.join(", ", cell.getValue().options())));
        TableColumn<ScenarioEntry, String> updated = new TableColumn<>("Last changed");
        updated.setPrefWidth(150);
        updated.setEditable(false);
        updated.setCellValueFactory(cell -> new ReadOnlyStringWrapper(UPDATED.format(cell.getValue().updated())));
        table.getColumns().add(name);
        table.getColumns().add(options);
        table.getColumns().add(updated);
        table.setRowFactory(view -> {
            TableRow<ScenarioEntry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()
                        && !table.isEditable()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    Node root() {
        return root;
    }
}
