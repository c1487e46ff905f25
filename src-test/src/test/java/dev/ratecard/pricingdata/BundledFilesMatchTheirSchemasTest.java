package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BundledFilesMatchTheirSchemasTest {
    private final BundledData data = new BundledData();

    static Stream<Arguments> ratecardFormatFiles() {
        return new BundledData().catalogueEntries().stream().flatMap(e -> RatecardFormat
                .ofCatalogueName(e.get("format").asText())
                .map(f -> arguments(e.get("path").asText(), f.schema)).stream());
    }

    @ParameterizedTest(name = "{0} against {1}")
    @MethodSource("ratecardFormatFiles")
    void everyBundledRatecardFileValidates(String path, String schemaName) {
        SchemaCheck schema = SchemaCheck.bundled(data, schemaName);

        assertEquals(List.of(), schema.violations(data.read(path)), path);
    }

    @Test
    void theCatalogueIndexValidates() {
        assertEquals(List.of(), SchemaCheck.bundled(data, "catalogue").violations(data.catalogue()));
    }

    @Test
    void theDocumentedExampleSheetValidates() throws IOException {
        Path example = repositoryFile("docs/formats/examples/price-sheet.example.json");

        JsonNode sheet = data.parse(Files.readString(example));

        assertEquals(List.of(), SchemaCheck.bundled(data, "price-sheet").violations(sheet));
    }

    @ParameterizedTest
    @ValueSource(strings = {"price-sheet", "gateways", "gpu-offers", "throughput", "catalogue", "selfhost-defaults"})
    void everySchemaIsAValidDraft202012Schema(String name) {
        JsonSchema metaSchema = SchemaCheck.factory()
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = data.read(BundledData.ROOT + "schema/" + name + ".schema.json");

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(List.of(), metaSchema.validate(schema).stream().map(Object::toString).toList());
    }

    /** A file of the repository checkout, found from the test's working directory (the src-test module). */
    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyBundledFileIsASchemaCheckedFormatOrAnUnchangedSnapshot() {
        // Snapshots (litellm, openrouter) are checked byte for byte against SOURCES.md instead.
        List<String> unchecked = data.catalogueEntries().stream()
                .map(e -> e.get("format").asText())
                .filter(f -> RatecardFormat.ofCatalogueName(f).isEmpty() && !Set.of("litellm", "openrouter").contains(f))
                .toList();

        assertEquals(List.of(), unchecked);
    }
}
