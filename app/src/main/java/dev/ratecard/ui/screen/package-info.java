/**
 * How a screen plugs into the main window: a {@link dev.ratecard.ui.screen.Screen} (id, title, glyph, shortcut,
 * view factory) registered in {@code dev.ratecard.ui.AppScreens}, and the services every screen receives in a
 * {@link dev.ratecard.ui.screen.ScreenContext}. The shell knows screens only through this package.
 */
package dev.ratecard.ui.screen;
