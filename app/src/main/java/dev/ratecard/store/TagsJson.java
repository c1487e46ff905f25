package dev.ratecard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.util.Map;
import java.util.TreeMap;

/**
 * String maps (extra tags, reader options) as JSON text with keys in order, so that equal maps give equal
 * text: the dedup key hashes it.
 */
final class TagsJson {
    private static final ObjectReader READER = new ObjectMapper().readerFor(new TypeReference<TreeMap<String, String>>() {
    });
    private static final ObjectWriter WRITER = new ObjectMapper().writerFor(new TypeReference<Map<String, String>>() {
    });

    private TagsJson() {
    }

    static String write(Map<String, String> map) {
        try {
            return WRITER.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + map, e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object of strings: " + json, e);
        }
    }
}
