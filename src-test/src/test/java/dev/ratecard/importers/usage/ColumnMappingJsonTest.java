package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMappingJsonTest {
    private final ColumnMappingJson json = new ColumnMappingJson();

    private static ColumnMapping sample() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(Tags.PROJECT, "Project");
        tags.put(Tags.USER, "User");
        return new ColumnMapping("billing sheet",
                new ColumnMapping.TimeColumn("Day", "Day end", "dd.MM.yyyy", "Europe/Berlin"),
                "Model", "Vendor", "openai", "portkey",
                Map.of(UsageBucket.UNCACHED_INPUT, "Prompt", UsageBucket.CACHE_READ, "Cached", UsageBucket.OUTPUT_TEXT, "Completion",
                        UsageBucket.REQUESTS, "Calls"),
                true, false,
                new ColumnMapping.CostColumn("Cost", "EUR", null, ColumnMapping.CostUnit.CENTS, ReportedCost.Kind.INVOICED),
                tags, "Request", "Batch?");
    }

    @Test
    void savesAndLoadsAProfileUnchanged() {
        ColumnMapping mapping = sample();
        assertEquals(mapping, json.read(json.write(mapping)));
    }

    @Test
    void writesBucketsByTheirFileNames() {
        String written = json.write(sample());
        assertTrue(written.contains("\"uncached_input\" : \"Prompt\""), written);
        assertTrue(written.contains("\"requests\" : \"Calls\""), written);
    }

    @Test
    void fillsTheDefaultsOfAMinimalProfile() {
        ColumnMapping minimal = json.read("""
                {"name": "minimal", "time": {"column": "ts"}, "modelColumn": "model",
                 "bucketColumns": {"output_text": "out"}, "cost": {"column": "usd"}}
                """);
        assertEquals("direct", minimal.route());
        assertEquals("USD", minimal.cost().currency());
        assertEquals(ColumnMapping.CostUnit.MAJOR, minimal.cost().unit());
        assertEquals(ReportedCost.Kind.ESTIMATED, minimal.cost().kind());
        assertEquals(Map.of(), minimal.tagColumns());
    }

    @Test
    void refusesAnUnknownBucket() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> json.read("""
                {"name": "x", "time": {"column": "ts"}, "modelColumn": "m", "bucketColumns": {"input": "in"}}
                """));
        assertTrue(refused.getMessage().startsWith("not a valid column mapping: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a usage bucket"), refused.getMessage());
    }

    @Test
    void refusesAMisspeltMemberInsteadOfIgnoringIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> json.read("""
                {"name": "x", "time": {"column": "ts"}, "modelColum": "m", "bucketColumns": {"output_text": "o"}}
                """));
        assertTrue(refused.getMessage().contains("modelColum"), refused.getMessage());
    }

    @Test
    void refusesAProfileWithoutModelOrAnythingToCount() {
        assertEquals("not a valid column mapping: modelColumn is missing", assertThrows(IllegalArgumentException.class,
                () -> json.read("{\"name\": \"x\", \"time\": {\"column\": \"ts\"}, \"bucketColumns\": {\"output_text\": \"o\"}}")).getMessage());
        assertEquals("not a valid column mapping: a mapping needs at least one bucket column or a cost column",
                assertThrows(IllegalArgumentException.class,
                        () -> json.read("{\"name\": \"x\", \"time\": {\"column\": \"ts\"}, \"modelColumn\": \"m\"}")).getMessage());
    }
}
