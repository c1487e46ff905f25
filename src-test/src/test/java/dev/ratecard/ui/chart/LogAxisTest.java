package dev.ratecard.ui.chart;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LogAxisTest {
    private LogAxis volume;
    private LogAxis cost;

    @Start
    void start(Stage stage) {
        volume = new LogAxis();
        cost = new LogAxis(1, 1e4);
        cost.setTickLabelFormatter(AxisLabels.money("USD"));
        LineChart<Number, Number> chart = Charts.lineChart(volume, cost);
        // Monthly volumes from 3.2M to 47B tokens: the axis should span 1M to 100B.
        chart.getData().add(new XYChart.Series<>("Direct", FXCollections.observableArrayList(
                new XYChart.Data<>(3.2e6, 8.0), new XYChart.Data<>(4.7e10, 1175.0), new XYChart.Data<>(0, 0))));
        stage.setScene(new Scene(new StackPane(chart), 900, 600));
        stage.show();
    }

    @Test
    void rangesOverWholeDecadesAndLabelsEachOne(FxRobot robot) {
        robot.interact(() -> { });

        assertEquals(1e6, volume.getLowerBound());
        assertEquals(1e11, volume.getUpperBound());
        assertEquals(List.of(1e6, 1e7, 1e8, 1e9, 1e10, 1e11),
                volume.getTickMarks().stream().map(tick -> tick.getValue().doubleValue()).toList());
        assertEquals(List.of("1M", "10M", "100M", "1B", "10B", "100B"), labels(volume));
    }

    @Test
    void placesValuesByTheirLogarithmAlongTheAxis(FxRobot robot) {
        robot.interact(() -> { });

        double width = volume.getWidth();
        // 1B is 3 of the 5 decades from 1M to 100B.
        assertEquals(width * 3 / 5, volume.getDisplayPosition(1e9), 1e-6);
        assertEquals(1e9, volume.getValueForDisplay(width * 3 / 5).doubleValue(), 1e9 * 1e-9);
        assertEquals(0, volume.getDisplayPosition(0), "zero sits at the floor");
        assertFalse(volume.isValueOnAxis(0));
        assertTrue(volume.isValueOnAxis(5e7));
    }

    @Test
    void runsUpwardsWhenVerticalAndLabelsMoney(FxRobot robot) {
        robot.interact(() -> { });

        assertEquals(cost.getHeight(), cost.getDisplayPosition(1), 1e-6);
        assertEquals(0, cost.getDisplayPosition(1e4), 1e-6);
        assertEquals(List.of("$1", "$10", "$100", "$1K", "$10K"), labels(cost));
    }

    /** The tick labels the axis draws. */
    private static List<String> labels(Axis<Number> axis) {
        return axis.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible())
                .map(node -> ((Text) node).getText())
                .toList();
    }
}
