package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Comparator;
import java.util.List;

/** Validates JSON against one of the bundled JSON Schemas (draft 2020-12) and reports every violation. */
final class SchemaCheck {
    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** The schema {@code schema/<name>.schema.json} as bundled. */
    static SchemaCheck bundled(BundledData data, String name) {
        JsonNode node = data.read(BundledData.ROOT + "schema/" + name + ".schema.json");
        return new SchemaCheck(factory().getSchema(node));
    }

    static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    }

    /** One line per violation, "JSON path: message", sorted so that failures read the same every run. */
    List<String> violations(JsonNode instance) {
        return schema.validate(instance).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
