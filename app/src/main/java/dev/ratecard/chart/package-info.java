/**
 * What the charts on screen and in reports share, with no toolkit and no I/O: reducing long series to what a
 * chart can draw ({@link dev.ratecard.chart.Downsampler}), logarithmic scales and their ticks
 * ({@link dev.ratecard.chart.LogScale}), and the formats of money, tokens and axis labels. Figures reach
 * this package exact (BigDecimal, long) and are rounded here, once, for display.
 */
package dev.ratecard.chart;
