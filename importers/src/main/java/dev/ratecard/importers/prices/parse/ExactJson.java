package dev.ratecard.importers.prices.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Jackson set up so that no price ever passes through a {@code double}: JSON floats become
 * {@link java.math.BigDecimal}s parsed from their text, trailing zeros kept. Ratecard's own, hand-written
 * formats also reject a member named twice in one object, which is always a mistake there.
 */
public final class ExactJson {
    private final ObjectMapper mapper;

    private ExactJson(boolean rejectDuplicateMembers) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
        if (rejectDuplicateMembers) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        this.mapper = builder.build();
    }

    /** For third-party catalogues, which are machine-written and large. */
    public static ExactJson lenient() {
        return new ExactJson(false);
    }

    /** For Ratecard's own formats: a member named twice in one object is an error. */
    public static ExactJson strict() {
        return new ExactJson(true);
    }

    public JsonParser parser(byte[] content) throws IOException {
        return mapper.createParser(content);
    }

    /** Reads the value the parser stands on (or the next one) as a tree. */
    public JsonNode readTree(JsonParser parser) throws IOException {
        return mapper.readTree(parser);
    }
}
