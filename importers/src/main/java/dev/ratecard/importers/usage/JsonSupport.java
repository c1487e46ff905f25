package dev.ratecard.importers.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;

/**
 * The JSON settings every reader shares: numbers with a fraction become {@link java.math.BigDecimal} (never
 * {@code double}, so {@code 0.00000602} stays exact) and a trailing comma before {@code ]} is accepted,
 * because Helicone's JSON export writes one.
 */
final class JsonSupport {
    private final ObjectMapper mapper;
    private final ObjectReader treeReader;

    JsonSupport() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        this.treeReader = mapper.reader();
    }

    JsonFactory factory() {
        return mapper.getFactory();
    }

    JsonParser parser(Reader reader) throws IOException {
        return mapper.getFactory().createParser(reader);
    }

    /** One JSONL line; throws {@link JsonProcessingException} with the column of the problem. */
    JsonNode readLine(String line) throws JsonProcessingException {
        return treeReader.readTree(line);
    }

    /** A CSV cell holding JSON (LiteLLM {@code metadata}, Helicone properties). */
    JsonNode parseCell(String text, String column) {
        try {
            return treeReader.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new RowProblem(column, text, "not valid JSON: " + firstLine(notJson.getOriginalMessage()));
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
