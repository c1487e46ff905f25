package dev.ratecard.importers.usage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.ratecard.importers.model.UsageBucket;

import java.io.IOException;

/**
 * Saves and loads {@link ColumnMapping} profiles as JSON, with bucket names as files write them
 * ({@code "uncached_input"}) rather than Java's. Unknown members are refused, so a typo in a hand-edited
 * profile is an error, not a silently ignored column.
 */
public final class ColumnMappingJson {
    private final ObjectMapper mapper;

    public ColumnMappingJson() {
        SimpleModule buckets = new SimpleModule("usage-bucket-keys");
        buckets.addKeySerializer(UsageBucket.class, new JsonSerializer<>() {
            @Override
            public void serialize(UsageBucket bucket, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeFieldName(bucket.key());
            }
        });
        buckets.addKeyDeserializer(UsageBucket.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return UsageBucket.fromKey(key).orElseThrow(() -> context.weirdKeyException(UsageBucket.class, key,
                        "not a usage bucket (known: " + String.join(", ", UsageBucket.all().stream().map(UsageBucket::key).toList()) + ")"));
            }
        });
        this.mapper = JsonMapper.builder()
                .addModule(buckets)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public String write(ColumnMapping mapping) {
        try {
            return mapper.writeValueAsString(mapping);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a column mapping could not be written as JSON", impossible);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the profile */
    public ColumnMapping read(String json) {
        try {
            return mapper.readValue(json, ColumnMapping.class);
        } catch (JsonProcessingException bad) {
            Throwable cause = bad.getCause() instanceof IllegalArgumentException invalid ? invalid : bad;
            String message = cause == bad ? JsonSupport.firstLine(bad.getOriginalMessage()) : cause.getMessage();
            throw new IllegalArgumentException("not a valid column mapping: " + message, bad);
        }
    }
}
