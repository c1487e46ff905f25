/** The Settings screen: edits the user's settings with validation and applies them as they become valid. */
package dev.ratecard.ui.settings;
