package dev.ratecard.ui.component;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Table columns the screens' tables are made of: text, whole counts (grouped, right-aligned, sorted as numbers) and
 * money already formatted (right-aligned, sorted by the exact amount). Each column gets a node id for tests.
 */
public final class Columns {
    /** A header's width per character and around its text, in the base font's bold: enough for the text whole. */
    private static final double HEADER_CHARACTER = 9;
    private static final double HEADER_PADDING = 28;

    private Columns() {
    }

    public static <T> TableColumn<T, T> text(String title, String id, Function<T, String> text, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.setComparator(Comparator.comparing(text, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        column.setCellFactory(unused -> new Cell<>(text, false));
        return column;
    }

    public static <T> TableColumn<T, T> count(String title, String id, ToLongFunction<T> count, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setComparator(Comparator.comparingLong(count));
        column.setCellFactory(unused -> new Cell<>(row -> String.format(Locale.ROOT, "%,d", count.applyAsLong(row)), true));
        return column;
    }

    /** @param amount the exact amount the text shows, to sort by */
    public static <T> TableColumn<T, T> money(String title, String id, Function<T, String> text,
                                              Function<T, BigDecimal> amount, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setComparator(Comparator.comparing(amount, Comparator.nullsFirst(Comparator.naturalOrder())));
        column.setCellFactory(unused -> new Cell<>(text, true));
        return column;
    }

    /**
     * Figures already formatted that are not one amount to sort by (costs in several currencies, a markup that may be
     * missing): right-aligned and kept whole like the others, and not sortable, as their text would sort wrongly.
     */
    public static <T> TableColumn<T, T> figure(String title, String id, Function<T, String> text, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setSortable(false);
        column.setCellFactory(unused -> new Cell<>(text, true));
        return column;
    }

    /** Keeps {@code column} at its preferred width when its table is squeezed: a cut figure cannot be read. */
    public static <T> TableColumn<T, T> whole(TableColumn<T, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <T> TableColumn<T, T> column(String title, String id, double width) {
        TableColumn<T, T> column = new TableColumn<>(Objects.requireNonNull(title, "title"));
        column.setId(Objects.requireNonNull(id, "id"));
        // A table squeezed to fit its width shrinks every column, but never below its header's text.
        double header = HEADER_PADDING + HEADER_CHARACTER * title.length();
        column.setPrefWidth(Math.max(width, header));
        column.setMinWidth(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        return column;
    }

    /** Shows its column's text for the row; a text cell also in a tooltip, whole, for when the column cuts it. */
    private static final class Cell<T> extends TableCell<T, T> {
        private final Function<T, String> text;
        private final Tooltip whole;

        Cell(Function<T, String> text, boolean numeric) {
            this.text = text;
            this.whole = numeric ? null : new Tooltip();
            if (numeric) {
                getStyleClass().add("numeric");
            }
        }

        @Override
        protected void updateItem(T row, boolean empty) {
            super.updateItem(row, empty);
            String shown = empty || row == null ? null : text.apply(row);
            setText(shown);
            if (whole != null) {
                whole.setText(shown);
                setTooltip(shown == null || shown.isEmpty() ? null : whole);
            }
        }
    }
}
