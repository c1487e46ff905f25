/**
 * Undo and redo: every edit a screen wants undoable is a {@link dev.ratecard.ui.undo.Job} pushed to that
 * screen's {@link dev.ratecard.ui.undo.UndoStack}; the Edit menu drives the stack of the screen on show.
 */
package dev.ratecard.ui.undo;
