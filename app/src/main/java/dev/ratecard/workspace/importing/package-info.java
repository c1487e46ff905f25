/**
 * Bringing usage files into the workspace: a preview of what an import would do, then the import itself, committed
 * whole or not at all, for the window's import wizard and the command line alike.
 */
package dev.ratecard.workspace.importing;
