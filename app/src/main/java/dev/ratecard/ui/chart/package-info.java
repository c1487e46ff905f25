/**
 * JavaFX chart plumbing over the toolkit-free {@code dev.ratecard.chart}: a logarithmic axis, axis label
 * formats, series swapped in whole and downsampled, and tooltips that show a point's exact value.
 */
package dev.ratecard.ui.chart;
