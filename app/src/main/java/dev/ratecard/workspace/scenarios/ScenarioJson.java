package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Reads and writes scenario files. Decimals are written as strings ({@code "1.20"}) so that they keep their exact
 * digits; they may be read from strings or JSON numbers. Files are written in one canonical layout (two-space
 * indent, fields in schema order, a final newline), so a file Ratecard wrote reads and writes back byte for byte.
 */
public final class ScenarioJson {
    private final ObjectMapper mapper;
    private final DefaultPrettyPrinter printer;

    public ScenarioJson() {
        mapper = mapper();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
    }

    /** The mapper scenario files and {@code --json} output share: snake_case names, exact decimals, strict input. */
    static ObjectMapper mapper() {
        SimpleModule decimals = new SimpleModule("plain-decimals")
                .addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(decimals)
                .build();
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file's name, for messages
     * @throws ScenarioFileException naming the JSON path and what is wrong: broken JSON, another format, a newer
     *                               version, an unknown, missing or mistyped field
     */
    public ScenarioDocument read(String text, String file) throws ScenarioFileException {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toFileException(file, e);
        }
        checkFormatAndVersion(tree, file);
        try {
            return mapper.treeToValue(tree, ScenarioDocument.class);
        } catch (JsonProcessingException e) {
            throw withWorkloadKind(JsonErrors.toFileException(file, e), tree);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(file, "$", e.getMessage());
        }
    }

    /** Jackson's path leaves out the {@code "synthetic"} or {@code "usage"} key around the workload; put it back. */
    private static ScenarioFileException withWorkloadKind(ScenarioFileException e, JsonNode tree) {
        JsonNode workload = tree.get("workload");
        String prefix = "$.workload.";
        if (!e.path().startsWith(prefix) || workload == null || workload.size() != 1) {
            return e;
        }
        String kind = workload.fieldNames().next();
        if (e.path().startsWith(prefix + kind)) {
            return e;
        }
        return new ScenarioFileException(e.file(), prefix + kind + "." + e.path().substring(prefix.length()), e.reason());
    }

    private static void checkFormatAndVersion(JsonNode tree, String file) throws ScenarioFileException {
        if (tree == null || !tree.isObject()) {
            throw new ScenarioFileException(file, "$", "a scenario file is a JSON object");
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(ScenarioDocument.FORMAT)) {
            throw new ScenarioFileException(file, "$.format", "must be \"" + ScenarioDocument.FORMAT + "\""
                    + (format == null ? ", and is missing" : ", not " + format));
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new ScenarioFileException(file, "$.version", "must be a whole number from 1"
                    + (version == null ? ", and is missing" : ", not " + version));
        }
        if (version.intValue() > ScenarioDocument.VERSION) {
            throw new ScenarioFileException(file, "$.version", "the file is version " + version.intValue()
                    + ", newer than this Ratecard reads (up to " + ScenarioDocument.VERSION + "); update Ratecard to open it");
        }
    }

    /** The file in canonical layout, ending with a newline. */
    public String write(ScenarioDocument document) {
        return writeValue(document);
    }

    String writeValue(Object value) {
        try {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = mapper.createGenerator(out)) {
                g.setPrettyPrinter(printer);
                mapper.writeValue(g, value);
            }
            return out + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decimals as plain strings, never in exponent form. */
    private static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }
}
