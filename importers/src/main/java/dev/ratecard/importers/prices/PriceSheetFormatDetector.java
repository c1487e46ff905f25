package dev.ratecard.importers.prices;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.prices.parse.DecodedText;
import dev.ratecard.importers.prices.parse.JsonDocument;
import dev.ratecard.importers.prices.parse.TextBytes;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells from a file's content which kind of price file it is, by looking at the first members of a JSON
 * object (a {@code format} member, OpenRouter's {@code data} array, LiteLLM's {@code litellm_provider}, Portkey's
 * {@code pricing_config}) or at the header of a CSV file. It reads only as far as it must.
 */
public final class PriceSheetFormatDetector {
    private static final int MEMBERS_TO_LOOK_AT = 50;
    private static final int PREFIX_BYTES = 4096;
    private static final Map<String, String> RATECARD_KINDS = Map.of(
            "ratecard-gateways", "gateway fee models",
            "ratecard-gpu-offers", "GPU offers",
            "ratecard-throughput", "throughput profiles");
    private static final Set<String> LITELLM_RESERVED = Set.of("sample_spec", "fallback_generalizations");

    /** What a file turned out to be. */
    public sealed interface Detected permits PriceSheetKind, CatalogueKind, Unknown {
    }

    /** A price sheet in one of the formats {@link PriceSheetFormat} lists. */
    public record PriceSheetKind(PriceSheetFormat format) implements Detected {
    }

    /** One of Ratecard's other catalogue files, e.g. {@code ratecard-gateways}. */
    public record CatalogueKind(String format, String description) implements Detected {
    }

    /** Not a file Ratecard reads prices from; {@code reason} says what it looks like instead. */
    public record Unknown(String reason) implements Detected {
    }

    private final JsonFactory factory = new JsonFactory();

    /** @throws ImportException when the file is JSON but broken before its kind could be told */
    public Detected detect(String fileName, byte[] content) throws ImportException {
        if (TextBytes.isBlank(content)) {
            return new Unknown("the file is empty");
        }
        String start = DecodedText.of(Arrays.copyOf(content, Math.min(content.length, PREFIX_BYTES))).text().strip();
        if (start.startsWith("{")) {
            return detectJson(fileName, content);
        }
        if (start.startsWith("[")) {
            return new Unknown("the file is a JSON array; price sheets are JSON objects (is it a usage log?)");
        }
        return looksLikeCsvSheet(start) ? new PriceSheetKind(PriceSheetFormat.RATECARD_CSV)
                : new Unknown("neither a JSON price sheet nor a CSV file whose header names provider and model columns");
    }

    private Detected detectJson(String fileName, byte[] content) throws ImportException {
        try (JsonParser parser = factory.createParser(content)) {
            parser.nextToken();
            for (int member = 0; member < MEMBERS_TO_LOOK_AT && parser.nextToken() == JsonToken.FIELD_NAME; member++) {
                Detected detected = detectMember(parser.currentName(), parser);
                if (detected != null) {
                    return detected;
                }
            }
            return new Unknown("a JSON object that is none of the price sheets Ratecard reads "
                    + "(LiteLLM, OpenRouter, Portkey or a Ratecard sheet with a \"format\")");
        } catch (IOException e) {
            throw JsonDocument.failure(fileName, e);
        }
    }

    /** Looks at one top-level member; leaves the parser after its value. Null when it says nothing. */
    private Detected detectMember(String name, JsonParser parser) throws IOException {
        JsonToken value = parser.nextToken();
        if ("format".equals(name) && value == JsonToken.VALUE_STRING) {
            String format = parser.getText();
            if ("ratecard-price-sheet".equals(format)) {
                return new PriceSheetKind(PriceSheetFormat.RATECARD_JSON);
            }
            String kind = RATECARD_KINDS.get(format);
            return kind != null ? new CatalogueKind(format, kind)
                    : new Unknown("its format \"" + format + "\" is not one Ratecard reads");
        }
        if (LITELLM_RESERVED.contains(name)) {
            return new PriceSheetKind(PriceSheetFormat.LITELLM);
        }
        if ("data".equals(name) && value == JsonToken.START_ARRAY) {
            boolean models = parser.nextToken() == JsonToken.START_OBJECT && hasMember(parser, "pricing");
            return models ? new PriceSheetKind(PriceSheetFormat.OPENROUTER) : null;
        }
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        return detectEntry(parser);
    }

    /** A LiteLLM entry, a Portkey model, or a Portkey provider object of models. */
    private static Detected detectEntry(JsonParser parser) throws IOException {
        Detected detected = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (detected == null && "litellm_provider".equals(name)) {
                detected = new PriceSheetKind(PriceSheetFormat.LITELLM);
            } else if (detected == null && "pricing_config".equals(name)) {
                detected = new PriceSheetKind(PriceSheetFormat.PORTKEY);
            } else if (detected == null && value == JsonToken.START_OBJECT && hasMember(parser, "pricing_config")) {
                detected = new PriceSheetKind(PriceSheetFormat.PORTKEY);
                continue;
            }
            parser.skipChildren();
        }
        return detected;
    }

    /** Whether the object the parser just entered has a member of that name; leaves the parser at its end. */
    private static boolean hasMember(JsonParser parser, String wanted) throws IOException {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            found |= wanted.equals(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return found;
    }

    private static boolean looksLikeCsvSheet(String start) {
        String header = start.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        boolean provider = false;
        boolean model = false;
        for (String cell : header.split("[,;\t]")) {
            String name = cell.strip().replace("\"", "");
            provider |= name.equals("provider");
            model |= name.equals("model");
        }
        return provider && model;
    }
}
