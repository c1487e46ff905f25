package dev.ratecard.ui.chart;

import javafx.collections.FXCollections;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointTooltipsTest {
    private static final List<XYChart.Data<Number, Number>> POINTS = DoubleStream.of(1e6, 1e7, 1e8, 1e9)
            .mapToObj(x -> new XYChart.Data<Number, Number>(x, x / 1e6))
            .toList();

    @ParameterizedTest(name = "x {0} -> index {1}")
    @CsvSource(textBlock = """
            0,         0
            1000000,   0
            # 5.5M is halfway between 1M and 10M: the earlier point wins the tie
            5500000,   0
            5600000,   1
            5400000,   0
            10000000,  1
            60000000,  2
            2000000000, 3
            """)
    void findsThePointNearestThePointer(double x, int index) {
        assertEquals(index, PointTooltips.nearest(POINTS, x));
    }

    @Test
    void describesEachSeriesByItsExactFigure() {
        XYChart.Series<Number, Number> direct = new XYChart.Series<>("Direct", FXCollections.observableArrayList(
                new XYChart.Data<>(1e8, 250.0, "100M tokens: $250.000000075"),
                new XYChart.Data<>(1e9, 2500.0, "1B tokens: $2,500.00000075")));
        XYChart.Series<Number, Number> selfHosted = new XYChart.Series<>("Self-hosted", FXCollections.observableArrayList(
                new XYChart.Data<Number, Number>(1e8, 4100.0)));

        assertEquals("Direct: 1B tokens: $2,500.00000075\nSelf-hosted: 1.0E8, 4100.0",
                PointTooltips.describe(List.of(direct, selfHosted), 8e8));
        assertEquals(-1, PointTooltips.nearest(List.of(), 5));
    }
}
