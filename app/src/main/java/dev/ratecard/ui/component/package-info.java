/** Small building blocks every screen uses the same way: empty states, glyphs, field decorations. */
package dev.ratecard.ui.component;
