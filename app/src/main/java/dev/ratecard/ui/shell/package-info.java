/**
 * The main window: menus and shortcuts, the navigation between screens, the content area, the status bar with
 * the running task and its Cancel button, drag-and-drop, recent files, undo/redo routing and the remembered
 * window state. Knows screens only through {@code dev.ratecard.ui.screen}.
 */
package dev.ratecard.ui.shell;
