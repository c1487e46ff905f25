package dev.ratecard.bench;

import dev.ratecard.chart.Downsampler;
import dev.ratecard.chart.LttbDownsampler;
import dev.ratecard.chart.MinMaxDownsampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Reducing a long series to the 2,000 points a chart gets, against the cheapest pass a reduction could make
 * (reading every point once): the reduction must cost a small multiple of reading the data, so that a chart
 * refresh stays far under its 100 ms budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DownsamplingBench {
    @Param({"100000", "1000000"})
    int points;

    private double[] xs;
    private double[] ys;
    private final Downsampler lttb = new LttbDownsampler();
    private final Downsampler minMax = new MinMaxDownsampler();

    @Setup
    public void hourlyCostsWithNoise() {
        SplittableRandom random = new SplittableRandom(42);
        xs = new double[points];
        ys = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = i;
            // A daily cycle with noise, which defeats reductions that rely on smooth data.
            ys[i] = 100 + 40 * Math.sin(i * 2 * Math.PI / 24) + random.nextDouble(-15, 15);
        }
    }

    @Benchmark
    public double baselineReadEveryPointOnce() {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            sum += xs[i] + ys[i];
        }
        return sum;
    }

    @Benchmark
    public int[] minMaxTo2000() {
        return minMax.select(xs, ys, Downsampler.DEFAULT_MAX_POINTS);
    }

    @Benchmark
    public int[] lttbTo2000() {
        return lttb.select(xs, ys, Downsampler.DEFAULT_MAX_POINTS);
    }
}
