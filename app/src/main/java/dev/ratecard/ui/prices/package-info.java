/** The Prices screen (Ctrl+3): the catalogue, one model's routes compared with every fee, and the changes between two sheets. */
package dev.ratecard.ui.prices;
