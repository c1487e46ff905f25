package dev.ratecard.ui.prices;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's table: one column per {@link CatalogueColumn} (those not shown at first are in the table's column
 * menu), bound to the view model's rows, sort order and selection. Virtualised, so ~3,500 rows cost only the
 * visible ones; the rows are sorted and filtered in the view model, so the table only draws.
 */
final class CatalogueTable {
    private static final Map<CatalogueColumn, Double> WIDTHS = Map.of(CatalogueColumn.PROVIDER, 150.0,
            CatalogueColumn.MODEL, 290.0, CatalogueColumn.ROUTE, 90.0, CatalogueColumn.TIERS, 110.0,
            CatalogueColumn.BATCH, 100.0, CatalogueColumn.SOURCE, 220.0, CatalogueColumn.AS_OF, 100.0,
            CatalogueColumn.EFFECTIVE_FROM, 120.0);

    private CatalogueTable() {
    }

    static TableView<CatalogueRow> build(PricesViewModel model) {
        TableView<CatalogueRow> table = new TableView<>(model.rows());
        table.setId("prices-table");
        table.setTableMenuButtonVisible(true);
        for (CatalogueColumn column : CatalogueColumn.values()) {
            table.getColumns().add(column(column));
        }
        // The view model sorts (its sorted list follows the table's comparator); the table only has to redraw.
        table.setSortPolicy(sorted -> true);
        model.sortOrderProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((observable, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private static TableColumn<CatalogueRow, CatalogueRow> column(CatalogueColumn column) {
        TableColumn<CatalogueRow, CatalogueRow> tableColumn = new TableColumn<>(column.title());
        tableColumn.setId("prices-column-" + column.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tableColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tableColumn.setComparator(column.comparator());
        tableColumn.setVisible(column.shownAtFirst());
        tableColumn.setPrefWidth(WIDTHS.getOrDefault(column, 116.0));
        if (column.isRate()) {
            tableColumn.getStyleClass().add("numeric");
        }
        tableColumn.setCellFactory(unused -> new CatalogueCell(column));
        return tableColumn;
    }

    /** A cell that shows its column's text for the row; rate cells are right-aligned and show the rate in full on hover. */
    private static final class CatalogueCell extends TableCell<CatalogueRow, CatalogueRow> {
        private final CatalogueColumn column;
        private final Tooltip exact = new Tooltip();

        CatalogueCell(CatalogueColumn column) {
            this.column = column;
            if (column.isRate()) {
                getStyleClass().add("numeric");
            }
        }

        @Override
        protected void updateItem(CatalogueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String text = column.text(row);
            setText(text);
            pseudoClassStateChanged(PricesView.ABSENT, CatalogueColumn.isStandIn(text));
            String full = column == CatalogueColumn.SOURCE ? row.entry().provenance().source() : column.exact(row);
            if (full.isEmpty()) {
                setTooltip(null);
            } else {
                exact.setText(full);
                setTooltip(exact);
            }
        }
    }
}
