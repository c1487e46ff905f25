/**
 * The catalogue bundled with Ratecard (module {@code pricing-data}): price sheets, gateway fee models, GPU offers and
 * throughput profiles, found through its index and read once, on first use.
 */
package dev.ratecard.workspace.catalogue;
