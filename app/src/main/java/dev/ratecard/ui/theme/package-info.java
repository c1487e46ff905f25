/**
 * The light and dark looks: the same rules ({@code base.css} for controls and layout,
 * {@code figures.css} for tables and charts) over one stylesheet of colours per theme ({@code light.css},
 * {@code dark.css}), switched live on every window and dialog.
 */
package dev.ratecard.ui.theme;
