/**
 * The user's settings: data folder, display currency and exchange rates, time zone for naive timestamps,
 * theme, window state and recent files. Values are immutable records; {@link
 * dev.ratecard.workspace.settings.JsonSettingsRepository} keeps them as JSON in the config folder and never
 * lets a damaged file stop the app. No toolkit here: the window observes settings, the command line reads them.
 */
package dev.ratecard.workspace.settings;
