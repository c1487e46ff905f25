package dev.ratecard.workspace.settings;

/** The names in {@code settings.json}; one place, shared by its reader and writer. */
final class SettingsFormat {
    static final String FORMAT = "ratecard-settings";
    static final int VERSION = 1;

    static final String KEY_FORMAT = "format";
    static final String KEY_VERSION = "version";
    static final String KEY_DATA_FOLDER = "dataFolder";
    static final String KEY_DISPLAY_CURRENCY = "displayCurrency";
    static final String KEY_EXCHANGE_RATES = "exchangeRates";
    static final String KEY_CURRENCY = "currency";
    static final String KEY_PER_USD = "perUsd";
    static final String KEY_AS_OF = "asOf";
    static final String KEY_TIME_ZONE = "timeZone";
    static final String KEY_THEME = "theme";
    static final String KEY_WINDOW = "window";
    static final String KEY_X = "x";
    static final String KEY_Y = "y";
    static final String KEY_WIDTH = "width";
    static final String KEY_HEIGHT = "height";
    static final String KEY_MAXIMIZED = "maximized";
    static final String KEY_LAST_SCREEN = "lastScreen";
    static final String KEY_RECENT_FILES = "recentFiles";

    private SettingsFormat() {
    }
}
