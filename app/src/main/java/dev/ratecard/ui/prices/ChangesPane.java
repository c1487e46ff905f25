package dev.ratecard.ui.prices;

import dev.ratecard.ui.component.EmptyState;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.SheetChange;
import dev.ratecard.workspace.prices.SheetDiff;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The changes between two sheets: the two sheets with their dates, what to show, a filter, and the changes in a
 * sortable table, old → new and the percentage.
 */
final class ChangesPane {
    private ChangesPane() {
    }

    static Node build(SheetChangesViewModel model) {
        ComboBox<LibrarySheet> before = sheetPicker(model, "prices-changes-before", "Older sheet");
        before.valueProperty().bindBidirectional(model.beforeProperty());
        ComboBox<LibrarySheet> after = sheetPicker(model, "prices-changes-after", "Newer sheet");
        after.valueProperty().bindBidirectional(model.afterProperty());
        ComboBox<SheetChangesViewModel.Show> show = new ComboBox<>();
        show.setId("prices-changes-show");
        show.getItems().setAll(SheetChangesViewModel.Show.values());
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(SheetChangesViewModel.Show value) {
                return value == null ? "" : value.label();
            }

            @Override
            public SheetChangesViewModel.Show fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        show.valueProperty().bindBidirectional(model.showProperty());
        TextField filter = new TextField();
        filter.setId("prices-changes-filter");
        filter.setPromptText("Provider or model");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox pickers = new HBox(8, label("From"), before, label("to"), after, show, filter);
        pickers.getStyleClass().add("toolbar");

        Label summary = new Label();
        summary.setId("prices-changes-summary");
        summary.getStyleClass().addAll("muted", "summary-line");
        summary.textProperty().bind(model.summaryProperty());

        TableView<SheetChange> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(12, pickers, summary, table);
        pane.setId("prices-changes");
        return pane;
    }

    private static TableView<SheetChange> table(SheetChangesViewModel model) {
        TableView<SheetChange> table = new TableView<>(model.changes());
        table.setId("prices-changes-table");
        for (ChangeColumn column : ChangeColumn.values()) {
            TableColumn<SheetChange, SheetChange> tableColumn = new TableColumn<>(column.title());
            tableColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            tableColumn.setComparator(column.comparator());
            tableColumn.setPrefWidth(switch (column) {
                case MODEL -> 260;
                case WHAT -> 200;
                case PROVIDER -> 140;
                case CHANGE -> 130;
                default -> 100;
            });
            if (column.isNumeric()) {
                tableColumn.getStyleClass().add("numeric");
            }
            tableColumn.setCellFactory(unused -> {
                TableCell<SheetChange, SheetChange> cell = new TableCell<>() {
                    @Override
                    protected void updateItem(SheetChange change, boolean empty) {
                        super.updateItem(change, empty);
                        setText(empty || change == null ? null : column.text(change));
                    }
                };
                if (column.isNumeric()) {
                    cell.getStyleClass().add("numeric");
                }
                return cell;
            });
            table.getColumns().add(tableColumn);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setSortPolicy(sorted -> true);
        model.sortOrderProperty().bind(table.comparatorProperty());
        InvalidationListener placeholder = observable -> table.setPlaceholder(placeholder(model));
        model.diffProperty().addListener(placeholder);
        model.beforeProperty().addListener(placeholder);
        model.afterProperty().addListener(placeholder);
        placeholder.invalidated(null);
        return table;
    }

    private static Node placeholder(SheetChangesViewModel model) {
        SheetDiff diff = model.diffProperty().get();
        if (model.beforeProperty().get() == null || model.afterProperty().get() == null) {
            return new EmptyState(PricesScreen.TAG_GLYPH, "Choose two sheets to compare",
                    "Pick an older and a newer sheet above: say the bundled LiteLLM snapshot and a newer one you added "
                            + "with Add price sheet…, to see the models added and removed and every rate changed.");
        }
        if (diff == null) {
            return new Label("Comparing…");
        }
        if (diff.isEmpty()) {
            return new EmptyState(PricesScreen.TAG_GLYPH, "No changes",
                    "Every price in " + diff.before().name() + " (as of " + diff.before().asOf() + ") is the same in "
                            + diff.after().name() + " (as of " + diff.after().asOf() + ").");
        }
        return new EmptyState(PricesScreen.SEARCH_GLYPH, "No change matches",
                "Show all changes, or clear the filter, to see the " + diff.changes().size() + " changes.");
    }

    private static ComboBox<LibrarySheet> sheetPicker(SheetChangesViewModel model, String id, String prompt) {
        ComboBox<LibrarySheet> picker = new ComboBox<>(model.sheets());
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(300);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LibrarySheet sheet) {
                return sheet == null ? "" : sheet.label() + " (" + sheet.id().toLowerCase(Locale.ROOT) + ")";
            }

            @Override
            public LibrarySheet fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return picker;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("toolbar-label");
        return label;
    }
}
