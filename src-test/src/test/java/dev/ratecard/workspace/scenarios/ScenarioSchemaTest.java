package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published JSON Schema of scenario files agrees with the examples and with what the reader refuses. */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode resource(String path) {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(path, e);
        }
    }

    private static List<String> violations(JsonNode instance) {
        JsonSchema schema = FACTORY.getSchema(resource("/dev/ratecard/pricingdata/schema/scenario.schema.json"));
        return schema.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    static List<String> examples() {
        return ExampleScenarios.names();
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = resource("/dev/ratecard/pricingdata/schema/scenario.schema.json");
        assertEquals(List.of(), meta.validate(schema).stream().map(Object::toString).toList());
    }

    @Test
    void theSelfHostDefaultsSchemaIsValidAndTheBundledFileMatchesIt() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = resource("/dev/ratecard/pricingdata/schema/selfhost-defaults.schema.json");
        assertEquals(List.of(), meta.validate(schema).stream().map(Object::toString).toList());
        assertEquals(List.of(), FACTORY.getSchema(schema).validate(resource(SelfHostDefaults.RESOURCE)).stream()
                .map(Object::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleValidates(String name) throws IOException {
        assertEquals(List.of(), violations(JSON.readTree(ExampleScenarios.text(name))));
    }

    /** Each of these is refused by the reader too (ScenarioFileErrorsTest); the schema says so before any code runs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a newer version      | "version": 1,                    | "version": 2,
            a misspelt field     | "gpus_per_replica": 2,           | "gpus_per_replica": 2, "gpu_hr": "2.69",
            an unknown kind      | "kind": "direct",                | "kind": "reseller",
            a share above one    | "output_share": "0.25",          | "output_share": "1.5",
            a negative count     | "requests_per_month": 100000,    | "requests_per_month": -1,
            """)
    void aBrokenHeadlineFailsTheSchema(String defect, String from, String to) throws IOException {
        String text = ExampleScenarios.text(ExampleScenarios.HEADLINE);
        assertTrue(text.contains(from.strip()), defect);
        assertTrue(!violations(JSON.readTree(text.replace(from.strip(), to.strip()))).isEmpty(), defect);
    }
}
