/** Paints the toolkit-free chart specs of {@code dev.ratecard.chart} onto any {@link java.awt.Graphics2D}, headless. */
package dev.ratecard.report.chart;
