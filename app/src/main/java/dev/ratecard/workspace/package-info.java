/**
 * The services both front ends share: the bundled catalogue, importing files into the store, pricing the
 * stored usage, running stored scenarios. Orchestrates {@code importers}, {@code pricing},
 * {@code scenario} and {@code store}; knows nothing of the window or the terminal.
 */
package dev.ratecard.workspace;
