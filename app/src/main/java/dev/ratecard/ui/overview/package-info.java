/**
 * The Overview screen (Ctrl+1): what the workspace's usage cost by month, provider, route and model, how much it
 * uses a month, the top findings of its stored scenarios, and what the sources reported against what Ratecard
 * recomputes (a gateway's measured markup).
 */
package dev.ratecard.ui.overview;
