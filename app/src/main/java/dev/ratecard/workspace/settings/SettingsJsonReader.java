package dev.ratecard.workspace.settings;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.ratecard.workspace.settings.SettingsFormat.*;

/**
 * Reads a parsed {@code settings.json} field by field. A field with a bad value falls back to its default and
 * leaves a problem naming the JSON path, the value and what was used instead, so that one bad value costs the
 * user that value only. A file that is not Ratecard's settings, or is newer than this app, is refused whole.
 */
final class SettingsJsonReader {
    private final String fileName;
    private final Settings defaults;
    private final List<String> problems = new ArrayList<>();

    SettingsJsonReader(String fileName, Settings defaults) {
        this.fileName = fileName;
        this.defaults = defaults;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Settings read(JsonNode root) throws UnreadableSettingsException {
        requireOwnFormat(root);
        Path dataFolder = text(root, KEY_DATA_FOLDER, "$." + KEY_DATA_FOLDER).flatMap(this::dataFolder)
                .orElse(defaults.dataFolder());
        List<ExchangeRate> rates = exchangeRates(root.path(KEY_EXCHANGE_RATES));
        String display = displayCurrency(root, rates);
        ZoneId zone = text(root, KEY_TIME_ZONE, "$." + KEY_TIME_ZONE).flatMap(this::timeZone).orElse(defaults.timeZone());
        ThemePreference theme = text(root, KEY_THEME, "$." + KEY_THEME).flatMap(this::theme).orElse(defaults.theme());
        return new Settings(dataFolder, display, rates, zone, theme, window(root.path(KEY_WINDOW)),
                recentFiles(root.path(KEY_RECENT_FILES)));
    }

    private void requireOwnFormat(JsonNode root) throws UnreadableSettingsException {
        if (!root.isObject()) {
            throw new UnreadableSettingsException("it holds " + describe(root) + ", not a settings object");
        }
        if (!FORMAT.equals(root.path(KEY_FORMAT).asText(null))) {
            throw new UnreadableSettingsException("$." + KEY_FORMAT + " is " + describe(root.path(KEY_FORMAT))
                    + ", not \"" + FORMAT + "\"");
        }
        JsonNode version = root.path(KEY_VERSION);
        if (!version.canConvertToExactIntegral() || version.asInt() < 1) {
            throw new UnreadableSettingsException("$." + KEY_VERSION + " is " + describe(version) + ", not a version number");
        }
        if (version.asInt() > VERSION) {
            throw new UnreadableSettingsException("it was written by a newer Ratecard (settings version "
                    + version.asInt() + "; this one reads version " + VERSION + ")");
        }
    }

    private Optional<Path> dataFolder(String text) {
        try {
            Path folder = Path.of(text);
            if (folder.isAbsolute()) {
                return Optional.of(folder);
            }
        } catch (InvalidPathException invalid) {
            // reported below like any other unusable folder
        }
        problem("$." + KEY_DATA_FOLDER, quoted(text), "not a full path", defaults.dataFolder().toString());
        return Optional.empty();
    }

    private List<ExchangeRate> exchangeRates(JsonNode node) {
        List<ExchangeRate> rates = new ArrayList<>();
        Optional<JsonNode> present = present(node, "$." + KEY_EXCHANGE_RATES, JsonNode::isArray, "a list of rates", "no rates");
        if (present.isEmpty()) {
            return rates;
        }
        JsonNode array = present.get();
        for (int i = 0; i < array.size(); i++) {
            exchangeRate(array.get(i), "$." + KEY_EXCHANGE_RATES + "[" + i + "]", rates).ifPresent(rates::add);
        }
        return rates;
    }

    private Optional<ExchangeRate> exchangeRate(JsonNode node, String path, List<ExchangeRate> earlier) {
        JsonNode currency = node.path(KEY_CURRENCY);
        String code = currency.isTextual() ? currency.asText().strip() : "";
        Optional<String> currencyProblem = Optional.<String>empty()
                .or(() -> Currencies.isIso(code) ? Optional.empty() : Optional.of("not an ISO 4217 currency code"))
                .or(() -> Currencies.USD.equals(code) ? Optional.of("USD needs no rate") : Optional.empty())
                .or(() -> earlier.stream().anyMatch(r -> r.currency().equals(code))
                        ? Optional.of("a second rate for " + code) : Optional.empty());
        if (currencyProblem.isPresent()) {
            problem(path + "." + KEY_CURRENCY, describe(currency), currencyProblem.get(), "no rate for it");
            return Optional.empty();
        }
        String dropped = "no rate for " + code;
        JsonNode perUsd = node.path(KEY_PER_USD);
        String rateText = perUsd.isNumber() ? perUsd.decimalValue().toPlainString() : perUsd.asText("");
        Optional<String> rateProblem = perUsd.isTextual() || perUsd.isNumber()
                ? SettingsRules.rateProblem(rateText) : Optional.of("not a rate");
        if (rateProblem.isPresent()) {
            problem(path + "." + KEY_PER_USD, describe(perUsd), rateProblem.get(), dropped);
            return Optional.empty();
        }
        JsonNode asOf = node.path(KEY_AS_OF);
        Optional<LocalDate> date = asOf.isTextual() ? date(asOf.asText()) : Optional.empty();
        if (date.isEmpty()) {
            problem(path + "." + KEY_AS_OF, describe(asOf), "not a date like 2026-01-31", dropped);
            return Optional.empty();
        }
        return Optional.of(new ExchangeRate(code, new BigDecimal(rateText.strip()), date.get()));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }

    private String displayCurrency(JsonNode root, List<ExchangeRate> rates) {
        Optional<String> code = text(root, KEY_DISPLAY_CURRENCY, "$." + KEY_DISPLAY_CURRENCY);
        if (code.isEmpty() || code.get().equals(Currencies.USD)
                || rates.stream().anyMatch(rate -> rate.currency().equals(code.get()))) {
            return code.orElse(defaults.displayCurrency());
        }
        problem("$." + KEY_DISPLAY_CURRENCY, quoted(code.get()), "no exchange rate for it", Currencies.USD);
        return Currencies.USD;
    }

    private Optional<ZoneId> timeZone(String text) {
        Optional<String> zoneProblem = SettingsRules.timeZoneProblem(text);
        if (zoneProblem.isPresent()) {
            problem("$." + KEY_TIME_ZONE, quoted(text), "not a time zone", defaults.timeZone().getId());
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(text.strip()));
    }

    private Optional<ThemePreference> theme(String text) {
        Optional<ThemePreference> theme = ThemePreference.fromKey(text);
        if (theme.isEmpty()) {
            problem("$." + KEY_THEME, quoted(text), "not light, dark or system", defaults.theme().key());
        }
        return theme;
    }

    private WindowState window(JsonNode window) {
        Optional<JsonNode> present = present(window, "$." + KEY_WINDOW, JsonNode::isObject, "a window state", "the default size");
        if (present.isEmpty()) {
            return WindowState.FIRST_RUN;
        }
        JsonNode node = present.get();
        Optional<WindowBounds> bounds = Optional.empty();
        if (node.has(KEY_WIDTH) || node.has(KEY_HEIGHT)) {
            try {
                bounds = Optional.of(new WindowBounds(number(node, KEY_X), number(node, KEY_Y), number(node, KEY_WIDTH),
                        number(node, KEY_HEIGHT)));
            } catch (IllegalArgumentException invalid) {
                problem("$." + KEY_WINDOW, describe(node), "not a usable position and size", "the default size");
            }
        }
        boolean maximized = node.path(KEY_MAXIMIZED).asBoolean(false);
        Optional<String> lastScreen = text(node, KEY_LAST_SCREEN, "$." + KEY_WINDOW + "." + KEY_LAST_SCREEN);
        return new WindowState(bounds, maximized, lastScreen);
    }

    private static double number(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        return value.doubleValue();
    }

    private RecentFiles recentFiles(JsonNode node) {
        Optional<JsonNode> present = present(node, "$." + KEY_RECENT_FILES, JsonNode::isArray, "a list of files", "no recent files");
        if (present.isEmpty()) {
            return RecentFiles.NONE;
        }
        JsonNode array = present.get();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            try {
                if (entry.isTextual() && Path.of(entry.asText()).isAbsolute()) {
                    paths.add(Path.of(entry.asText()));
                    continue;
                }
            } catch (InvalidPathException invalid) {
                // reported below
            }
            problem("$." + KEY_RECENT_FILES + "[" + i + "]", describe(entry), "not a full path", "the list without it");
        }
        return new RecentFiles(paths);
    }

    /** {@code node} if it has the expected shape; absent or null is no problem (the default applies), another shape is. */
    private Optional<JsonNode> present(JsonNode node, String path, Predicate<JsonNode> shape, String expected,
            String fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!shape.test(node)) {
            problem(path, describe(node), "not " + expected, fallback);
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /** The text at {@code key}; absent or null is no problem (the default applies), any other type is. */
    private Optional<String> text(JsonNode parent, String key, String path) {
        JsonNode value = parent.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path, describe(value), "not text", "the default");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    private void problem(String path, String value, String reason, String fallback) {
        problems.add(fileName + ", " + path + " = " + value + ": " + reason + ". Using " + fallback + " instead.");
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return "missing";
        }
        String json = node.toString();
        return json.length() > 60 ? json.substring(0, 57) + "..." : json;
    }
}
