/**
 * The light and dark looks: one stylesheet of rules ({@code base.css}) over one of colours per theme
 * ({@code light.css}, {@code dark.css}), switched live on every window and dialog.
 */
package dev.ratecard.ui.theme;
