package dev.ratecard.ui.chart;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.chart.LogScale;
import dev.ratecard.chart.Tick;
import javafx.beans.InvalidationListener;
import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

import java.util.List;

/**
 * A base-10 logarithmic axis for volumes and costs that span decades (thousands to hundreds of billions of
 * tokens a month). Ticks come from {@link LogScale}: each decade labelled ({@code 1M, 10M, 100M, 1B}) with
 * 2× and 5× minor ticks, or 1-2-5 labels when the range is narrow. Labels use the axis's tick label formatter
 * if one is set (see {@link AxisLabels}), else the compact number format. Zero and negative values have no
 * place on a log scale; they are drawn at the axis floor and left out of auto-ranging.
 */
public final class LogAxis extends ValueAxis<Number> {
    private LogScale scale = new LogScale(1, 10);

    /** An auto-ranging axis: whole decades around the data. */
    public LogAxis() {
        super(1, 10);
        init();
        setAutoRanging(true);
    }

    /** A fixed axis from {@code lower} to {@code upper}, both positive. */
    public LogAxis(double lower, double upper) {
        super(lower, upper);
        scale = new LogScale(lower, upper);
        init();
        setAutoRanging(false);
    }

    private void init() {
        getStyleClass().add("log-axis");
        InvalidationListener rescale = observable -> {
            if (getLowerBound() > 0 && getUpperBound() > getLowerBound()) {
                scale = new LogScale(getLowerBound(), getUpperBound());
            }
        };
        lowerBoundProperty().addListener(rescale);
        upperBoundProperty().addListener(rescale);
    }

    /** The scale the axis draws now. */
    public LogScale scale() {
        return scale;
    }

    @Override
    public void invalidateRange(List<Number> data) {
        super.invalidateRange(data.stream().filter(value -> value != null && value.doubleValue() > 0).toList());
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        LogScale covering = LogScale.covering(minValue, maxValue);
        return new double[] {covering.lower(), covering.upper()};
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return ticks(range, true);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return ticks(getRange(), false);
    }

    private static List<Number> ticks(Object range, boolean major) {
        double[] bounds = (double[]) range;
        if (!(bounds[0] > 0) || !(bounds[1] > bounds[0])) {
            return List.of();
        }
        return new LogScale(bounds[0], bounds[1]).ticks().stream()
                .filter(tick -> tick.major() == major)
                .<Number>map(Tick::position)
                .toList();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        StringConverter<Number> formatter = getTickLabelFormatter();
        return formatter != null ? formatter.toString(value) : CompactNumbers.format(value.doubleValue());
    }

    @Override
    public double getDisplayPosition(Number value) {
        double length = length();
        double along = scale.position(value.doubleValue(), length);
        return isVertical() ? length - along : along;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double length = length();
        double along = isVertical() ? length - displayPosition : displayPosition;
        return scale.valueAt(along, length);
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        return value != null && scale.contains(value.doubleValue());
    }

    @Override
    public double getZeroPosition() {
        // There is no zero on a log scale; charts then draw no zero line.
        return Double.NaN;
    }

    private double length() {
        return isVertical() ? getHeight() : getWidth();
    }

    /** Charts set the side of their axes (x at the bottom, y on the left); an axis without a side lies flat. */
    private boolean isVertical() {
        Side side = getSide();
        return side != null && side.isVertical();
    }
}
