/**
 * Every dialog the desktop app opens goes through {@link dev.ratecard.ui.dialog.DialogService}, so view models
 * ask questions and report errors without a window, and tests answer with a scripted double. Background work
 * never opens a dialog: its outcome callbacks do, on the UI thread.
 */
package dev.ratecard.ui.dialog;
