package dev.ratecard.ui.component;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Table columns the screens' tables are made of: text, whole counts (grouped, right-aligned, sorted as numbers) and
 * money already formatted (right-aligned, sorted by the exact amount). Each column gets a node id for tests. A figure
 * the data does not have shows {@link #MISSING}, with the reason on hover, never an empty cell or a made-up zero.
 * Headers and figures are never cut: a column is never narrower than its header, and {@link #fitFigures} widens the
 * figure columns to their widest figure.
 */
public final class Columns {
    /** What a cell shows for a figure the data does not have. */
    public static final String MISSING = "\u2014";

    /** The app's type size (base.css); headers are set in its bold. */
    private static final double TYPE_SIZE = 13;
    /** Around a header's text: the header's padding (3.2 a side in Modena), the label's (8 a side, figures.css), rounding. */
    private static final double HEADER_PADDING = 24;
    /** Around a cell's text: the cell's padding (figures.css) and a little for rounding. */
    private static final double CELL_PADDING = 18;
    private static final String FIGURE = "dev.ratecard.ui.component.Columns.figure";

    private Columns() {
    }

    public static <T> TableColumn<T, T> text(String title, String id, Function<T, String> text, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.setComparator(Comparator.comparing(text, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        column.setCellFactory(unused -> new Cell<>(text, text, false));
        return column;
    }

    public static <T> TableColumn<T, T> count(String title, String id, ToLongFunction<T> count, double width) {
        return count(title, id, count, row -> true, "", width);
    }

    /**
     * A count that some rows have only in part: those show it as a floor, "≥ 1,234", with {@code whyFloor} on hover,
     * and rows that have none of it show {@link #MISSING} with {@code whyMissing}; rows sort by the count shown,
     * missing ones first.
     */
    public static <T> TableColumn<T, T> countOrFloor(String title, String id, ToLongFunction<T> count, Predicate<T> known,
                                                     Predicate<T> floor, String whyMissing, String whyFloor, double width) {
        Objects.requireNonNull(whyMissing, "whyMissing");
        Objects.requireNonNull(whyFloor, "whyFloor");
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        Predicate<T> shown = row -> known.test(row) || floor.test(row);
        column.setComparator(Comparator.comparing(shown::test).thenComparingLong(count));
        Function<T, String> text = row -> known.test(row) ? String.format(Locale.ROOT, "%,d", count.applyAsLong(row))
                : floor.test(row) ? String.format(Locale.ROOT, "\u2265 %,d", count.applyAsLong(row)) : MISSING;
        return figureCells(column, text, row -> known.test(row) ? null : floor.test(row) ? whyFloor : whyMissing);
    }

    /**
     * A count some rows do not have: those show {@link #MISSING} with {@code whyMissing} on hover, and sort before
     * every count.
     */
    public static <T> TableColumn<T, T> count(String title, String id, ToLongFunction<T> count, Predicate<T> known,
                                              String whyMissing, double width) {
        Objects.requireNonNull(whyMissing, "whyMissing");
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setComparator(Comparator.comparing(known::test).thenComparingLong(count));
        Function<T, String> text = row -> known.test(row) ? String.format(Locale.ROOT, "%,d", count.applyAsLong(row)) : MISSING;
        return figureCells(column, text, row -> known.test(row) ? null : whyMissing);
    }

    /** @param amount the exact amount the text shows, to sort by */
    public static <T> TableColumn<T, T> money(String title, String id, Function<T, String> text,
                                              Function<T, BigDecimal> amount, double width) {
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setComparator(Comparator.comparing(amount, Comparator.nullsFirst(Comparator.naturalOrder())));
        return figureCells(column, text, row -> null);
    }

    /**
     * Figures already formatted that are not one amount to sort by (costs in several currencies, a markup that may be
     * missing): right-aligned and kept whole like the others, and not sortable, as their text would sort wrongly. An
     * empty text shows {@link #MISSING}.
     */
    public static <T> TableColumn<T, T> figure(String title, String id, Function<T, String> text, double width) {
        return figure(title, id, text, "", width);
    }

    /** As {@link #figure(String, String, Function, double)}, with {@code whyMissing} on hover over a missing figure. */
    public static <T> TableColumn<T, T> figure(String title, String id, Function<T, String> text, String whyMissing,
                                               double width) {
        Objects.requireNonNull(whyMissing, "whyMissing");
        TableColumn<T, T> column = column(title, id, width);
        column.getStyleClass().add("numeric");
        whole(column);
        column.setSortable(false);
        Function<T, String> shown = row -> {
            String figure = text.apply(row);
            return figure == null || figure.isEmpty() ? MISSING : figure;
        };
        return figureCells(column, shown, row -> MISSING.equals(shown.apply(row)) && !whyMissing.isEmpty() ? whyMissing : null);
    }

    /**
     * Widens each figure column of {@code table} to its widest figure, whenever its rows change, and lets the resize
     * policy share the width again: a figure cut to "1,234,5…" cannot be read.
     */
    public static <T> void fitFigures(TableView<T> table) {
        Runnable fit = () -> {
            boolean widened = false;
            for (TableColumn<T, ?> column : table.getColumns()) {
                if (column.getProperties().get(FIGURE) instanceof Function<?, ?> figure) {
                    widened |= fit(column, table.getItems(), figure);
                }
            }
            if (widened) {
                // Setting the policy again makes the table share its width among the columns at their new minimums.
                Callback<TableView.ResizeFeatures, Boolean> policy = table.getColumnResizePolicy();
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                table.setColumnResizePolicy(policy);
            }
        };
        ListChangeListener<T> changed = change -> fit.run();
        table.getItems().addListener(changed);
        table.itemsProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.removeListener(changed);
            }
            if (after != null) {
                after.addListener(changed);
            }
            fit.run();
        });
        fit.run();
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean fit(TableColumn<T, ?> column, List<T> rows, Function<?, ?> figure) {
        Function<T, String> text = (Function<T, String>) figure;
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), TYPE_SIZE));
        double widest = 0;
        for (T row : rows == null ? List.<T>of() : rows) {
            measure.setText(text.apply(row));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double needed = Math.ceil(widest + CELL_PADDING);
        if (needed <= column.getMinWidth()) {
            return false;
        }
        column.setMinWidth(needed);
        column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
        return true;
    }

    /** Keeps {@code column} at its preferred width when its table is squeezed: a cut figure cannot be read. */
    public static <T> TableColumn<T, T> whole(TableColumn<T, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <T> TableColumn<T, T> figureCells(TableColumn<T, T> column, Function<T, String> text,
                                                      Function<T, String> tooltip) {
        column.getProperties().put(FIGURE, text);
        column.setCellFactory(unused -> new Cell<>(text, tooltip, true));
        return column;
    }

    private static <T> TableColumn<T, T> column(String title, String id, double width) {
        TableColumn<T, T> column = new TableColumn<>(Objects.requireNonNull(title, "title"));
        column.setId(Objects.requireNonNull(id, "id"));
        // A table squeezed to fit its width shrinks every column, but never below its header's text.
        Text measure = new Text(title);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TYPE_SIZE));
        double header = Math.ceil(measure.getLayoutBounds().getWidth() + HEADER_PADDING);
        column.setPrefWidth(Math.max(width, header));
        column.setMinWidth(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        return column;
    }

    /**
     * Shows its column's text for the row, and a tooltip when there is one: a text cell's text whole, for when the
     * column cuts it; a missing figure's reason.
     */
    private static final class Cell<T> extends TableCell<T, T> {
        private final Function<T, String> text;
        private final Function<T, String> tooltip;
        private final Tooltip tip = new Tooltip();

        Cell(Function<T, String> text, Function<T, String> tooltip, boolean numeric) {
            this.text = text;
            this.tooltip = tooltip;
            if (numeric) {
                getStyleClass().add("numeric");
            }
        }

        @Override
        protected void updateItem(T row, boolean empty) {
            super.updateItem(row, empty);
            boolean blank = empty || row == null;
            setText(blank ? null : text.apply(row));
            String hint = blank ? null : tooltip.apply(row);
            tip.setText(hint);
            setTooltip(hint == null || hint.isEmpty() ? null : tip);
        }
    }
}
