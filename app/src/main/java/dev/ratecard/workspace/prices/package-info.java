/**
 * The price library and what both front ends do with it: the bundled sheets plus the user's own
 * ({@link dev.ratecard.workspace.prices.PriceLibrary}), a search over them
 * ({@link dev.ratecard.workspace.prices.CatalogueSearch}), one model compared across every route that sells it
 * with every fee included ({@link dev.ratecard.workspace.prices.RouteComparer}), the changes between two sheets
 * ({@link dev.ratecard.workspace.prices.SheetComparer}) and everything one price says
 * ({@link dev.ratecard.workspace.prices.EntryDescription}). No toolkit; reading is done by the caller's thread.
 */
package dev.ratecard.workspace.prices;
