package dev.ratecard.ui.chart;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.List;
import java.util.StringJoiner;

/**
 * Shows, as the pointer moves over a chart's plot, the exact values of the nearest point of each series. Works
 * on line charts without symbols (which have no node per point to hang a tooltip on): the pointer's x is turned
 * into a value through the x axis and the nearest point is found by binary search. The text is each point's
 * extra value, which {@link Charts#show} sets to the exact figure; points without one show their plotted
 * coordinates.
 */
public final class PointTooltips {
    private static final double OFFSET = 14;

    private PointTooltips() {
    }

    public static void install(XYChart<Number, Number> chart) {
        Tooltip tooltip = new Tooltip();
        tooltip.getStyleClass().add("chart-point-tooltip");
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            Node plot = chart.lookup(".chart-plot-background");
            if (plot == null) {
                return;
            }
            Point2D local = plot.sceneToLocal(event.getSceneX(), event.getSceneY());
            if (!plot.getLayoutBounds().contains(local) || chart.getData().isEmpty()) {
                tooltip.hide();
                return;
            }
            double x = chart.getXAxis().getValueForDisplay(local.getX()).doubleValue();
            tooltip.setText(describe(chart.getData(), x));
            tooltip.show(plot, event.getScreenX() + OFFSET, event.getScreenY() + OFFSET);
        });
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
    }

    /** One line per series: its name and its point nearest to {@code x}. */
    static String describe(List<XYChart.Series<Number, Number>> series, double x) {
        StringJoiner text = new StringJoiner("\n");
        for (XYChart.Series<Number, Number> one : series) {
            int index = nearest(one.getData(), x);
            if (index >= 0) {
                XYChart.Data<Number, Number> point = one.getData().get(index);
                Object exact = point.getExtraValue();
                text.add(one.getName() + ": " + (exact != null ? exact : point.getXValue() + ", " + point.getYValue()));
            }
        }
        return text.toString();
    }

    /** The index of the point whose x is nearest to {@code x} in data sorted by x; -1 if there is none. */
    static int nearest(List<XYChart.Data<Number, Number>> data, double x) {
        if (data.isEmpty()) {
            return -1;
        }
        int low = 0;
        int high = data.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (data.get(middle).getXValue().doubleValue() < x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low > 0 && x - data.get(low - 1).getXValue().doubleValue() <= data.get(low).getXValue().doubleValue() - x) {
            return low - 1;
        }
        return low;
    }
}
