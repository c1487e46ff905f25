package dev.ratecard.chart;

import java.util.List;

/** Where values sit along an axis and which ticks it shows: logarithmic for volumes and costs over decades, linear otherwise. */
public sealed interface AxisScale permits LogScale, LinearScale {
    double lower();

    double upper();

    /** Distance of {@code value} from the lower end along an axis {@code length} long. */
    double position(double value, double length);

    /** The ticks within the bounds, ascending; major ones are labelled. */
    List<Tick> ticks();
}
