package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.scenario.Parameter;
import dev.ratecard.scenario.SensitivityDefaults;
import dev.ratecard.scenario.Sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled defaults for self-hosting parameters a scenario leaves out ({@code selfhost-defaults.json} in
 * pricing-data), each with its source; and the low/high values sensitivity uses where a scenario lists none.
 */
public final class SelfHostDefaults {
    public static final String RESOURCE = "/dev/ratecard/pricingdata/selfhost-defaults.json";
    private static final String FORMAT = "ratecard-selfhost-defaults";

    /** Defaults keys that are sensitivity ranges of a parameter. */
    private static final Map<String, Parameter> RANGES = Map.ofEntries(
            Map.entry("engineer.fte", Parameter.ENGINEER_FTE),
            Map.entry("engineer.loaded_salary_usd_per_year", Parameter.LOADED_SALARY_USD_PER_YEAR),
            Map.entry("max_utilisation", Parameter.MAX_UTILISATION),
            Map.entry("peak_to_average", Parameter.PEAK_TO_AVERAGE),
            Map.entry("redundant_replicas", Parameter.REDUNDANT_REPLICAS),
            Map.entry("output_share", Parameter.OUTPUT_SHARE),
            Map.entry("proxy_fee", Parameter.PROXY_FEE),
            Map.entry("hardware.residual_fraction", Parameter.RESIDUAL_FRACTION),
            Map.entry("hardware.pue", Parameter.PUE),
            Map.entry("hardware.usd_per_kwh", Parameter.USD_PER_KWH),
            Map.entry("hardware.colocation_usd_per_kw_month", Parameter.COLOCATION_USD_PER_KW_MONTH));

    /**
     * @param value {@code null} where the row gives only a sensitivity range
     * @param rough true where the source is low authority or unverified
     */
    public record Entry(String key, BigDecimal value, BigDecimal low, BigDecimal high, String unit, String source,
                        LocalDate asOf, String authority, boolean rough, String note) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(asOf, "asOf");
        }

        /** How a figure taken from this row is cited on screen and in reports. */
        public String citation() {
            return "default: " + source + ", as of " + asOf + " (" + authority + (rough ? ", " + Sources.ROUGH : "") + ")";
        }
    }

    private final Map<String, Entry> entries;

    public SelfHostDefaults(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The defaults bundled with Ratecard. */
    public static SelfHostDefaults bundled() {
        try (InputStream in = SelfHostDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled self-hosting defaults are missing: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException("the bundled self-hosting defaults are broken: " + e.getMessage(), e);
        }
    }

    static SelfHostDefaults parse(String text, String file) throws ScenarioFileException {
        ObjectMapper mapper = ScenarioJson.mapper();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toFileException(file, e);
        }
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != 1) {
            throw new ScenarioFileException(file, "$.format", "must be \"" + FORMAT + "\" version 1");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonNode rows = root.path("defaults");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String path = "$.defaults[" + i + "]";
            Entry entry = new Entry(text(row, "key", path, file), decimal(row, "value", path, file),
                    decimal(row, "low", path, file), decimal(row, "high", path, file), row.path("unit").asText(),
                    text(row, "source", path, file), LocalDate.parse(text(row, "as_of", path, file)),
                    row.path("authority").asText(), row.path("rough").asBoolean(), row.path("note").asText(null));
            entries.put(entry.key(), entry);
        }
        return new SelfHostDefaults(entries);
    }

    private static String text(JsonNode row, String field, String path, String file) throws ScenarioFileException {
        JsonNode node = row.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new ScenarioFileException(file, path + "." + field, "is required text");
        }
        return node.asText();
    }

    private static BigDecimal decimal(JsonNode row, String field, String path, String file) throws ScenarioFileException {
        JsonNode node = row.get(field);
        if (node == null) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            throw new ScenarioFileException(file, path + "." + field, "\"" + node.asText() + "\" is not a decimal number");
        }
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Low and high values for the parameters that have a published range. */
    public SensitivityDefaults sensitivityDefaults() {
        Map<Parameter, SensitivityDefaults.Range> ranges = new EnumMap<>(Parameter.class);
        RANGES.forEach((key, parameter) -> get(key).filter(e -> e.low() != null && e.high() != null)
                .ifPresent(e -> ranges.put(parameter, new SensitivityDefaults.Range(e.low(), e.high(), e.citation()))));
        return new SensitivityDefaults(ranges, SensitivityDefaults.NONE.relativeSwing(), SensitivityDefaults.NONE.relativeSource());
    }
}
