package dev.ratecard.ui.chart;

import dev.ratecard.chart.Downsampler;
import dev.ratecard.chart.MinMaxDownsampler;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ChartsTest {
    /** An hour of a cost series as a screen would hold it: exact cost, plotted as a double. */
    private record HourlyCost(int hour, BigDecimal usd) {
    }

    private static final List<HourlyCost> A_YEAR_OF_HOURS = IntStream.range(0, 8_760)
            .mapToObj(hour -> new HourlyCost(hour, hour == 5_000 ? new BigDecimal("912.000000075")
                    : new BigDecimal("1.25").add(BigDecimal.valueOf(hour % 24, 2))))
            .toList();

    private LineChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = Charts.lineChart(new NumberAxis(), new NumberAxis());
    }

    private static PlotSeries<HourlyCost> series(String name, List<HourlyCost> hours) {
        return new PlotSeries<>(name, hours, HourlyCost::hour, cost -> cost.usd().doubleValue(),
                cost -> "hour " + cost.hour() + ": $" + cost.usd().toPlainString());
    }

    @Test
    void makesChartsWithoutAnimationOrSymbols() {
        assertFalse(chart.getAnimated());
        assertFalse(chart.getCreateSymbols());
    }

    @Test
    void reducesEachSeriesAndKeepsTheExactFigureOfEveryPointItDraws() {
        Charts.show(chart, List.of(series("Direct", A_YEAR_OF_HOURS)), new MinMaxDownsampler(), 2_000);

        XYChart.Series<Number, Number> shown = chart.getData().get(0);
        assertTrue(shown.getData().size() <= 2_000, "8,760 hours reduced to " + shown.getData().size());
        XYChart.Data<Number, Number> peak = shown.getData().stream()
                .filter(point -> point.getXValue().intValue() == 5_000).findFirst().orElseThrow();
        assertEquals("hour 5000: $912.000000075", peak.getExtraValue());
        assertEquals(912.000000075, peak.getYValue().doubleValue());
        assertFalse(chart.getCreateSymbols(), "no symbols on long series");
    }

    @Test
    void swapsSeriesInsteadOfEditingThem() {
        Charts.show(chart, List.of(series("Direct", A_YEAR_OF_HOURS)));
        XYChart.Series<Number, Number> before = chart.getData().get(0);

        Charts.show(chart, List.of(series("Direct", A_YEAR_OF_HOURS.subList(0, 12)),
                series("Gateway", A_YEAR_OF_HOURS.subList(12, 24))));

        assertEquals(2, chart.getData().size());
        assertNotSame(before, chart.getData().get(0));
        assertEquals(12, chart.getData().get(0).getData().size());
        assertTrue(chart.getCreateSymbols(), "a year of monthly figures gets a symbol per point");
        assertEquals(Downsampler.DEFAULT_MAX_POINTS, 2_000);
    }
}
