package dev.ratecard.workspace.settings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.ratecard.workspace.settings.SettingsFormat.*;

/** Settings as the JSON tree {@link SettingsJsonReader} reads; rates as decimal strings, so they stay exact. */
final class SettingsJsonWriter {
    private SettingsJsonWriter() {
    }

    static ObjectNode write(Settings settings) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put(KEY_FORMAT, FORMAT);
        root.put(KEY_VERSION, VERSION);
        root.put(KEY_DATA_FOLDER, settings.dataFolder().toString());
        root.put(KEY_DISPLAY_CURRENCY, settings.displayCurrency());
        ArrayNode rates = root.putArray(KEY_EXCHANGE_RATES);
        for (ExchangeRate rate : settings.exchangeRates()) {
            rates.addObject()
                    .put(KEY_CURRENCY, rate.currency())
                    .put(KEY_PER_USD, rate.perUsd().toPlainString())
                    .put(KEY_AS_OF, rate.asOf().toString());
        }
        root.put(KEY_TIME_ZONE, settings.timeZone().getId());
        root.put(KEY_THEME, settings.theme().key());
        ObjectNode window = root.putObject(KEY_WINDOW);
        settings.window().bounds().ifPresent(bounds -> window
                .put(KEY_X, bounds.x())
                .put(KEY_Y, bounds.y())
                .put(KEY_WIDTH, bounds.width())
                .put(KEY_HEIGHT, bounds.height()));
        window.put(KEY_MAXIMIZED, settings.window().maximized());
        settings.window().lastScreen().ifPresent(screen -> window.put(KEY_LAST_SCREEN, screen));
        ArrayNode recent = root.putArray(KEY_RECENT_FILES);
        settings.recentFiles().paths().forEach(path -> recent.add(path.toString()));
        return root;
    }
}
