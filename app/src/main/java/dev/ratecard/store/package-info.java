/**
 * The workspace database (SQLite): numbered migrations run on open after a backup, import batches staged
 * and committed all-or-nothing, usage rows, scenarios, settings. Small repositories with their mappers.
 */
package dev.ratecard.store;
