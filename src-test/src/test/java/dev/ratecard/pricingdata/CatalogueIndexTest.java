package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app lists bundled files from catalogue.json alone, so the index must match what ships exactly. */
class CatalogueIndexTest {
    private final BundledData data = new BundledData();

    private List<JsonNode> entries() {
        return data.catalogueEntries();
    }

    @Test
    void everyCataloguePathIsBundled() {
        List<String> missing = entries().stream()
                .map(e -> e.get("path").asText())
                .filter(path -> !data.exists(path))
                .toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void everyBundledDataFileIsInTheCatalogue() {
        // Schemas, the index itself and the snapshots' provenance note are not data files.
        Set<String> listed = new TreeSet<>();
        entries().forEach(e -> listed.add(e.get("path").asText()));
        List<String> unlisted = data.allResourcePaths().stream()
                .filter(p -> !p.startsWith(BundledData.ROOT + "schema/"))
                .filter(p -> !p.equals(BundledData.CATALOGUE))
                .filter(p -> !p.equals(BundledData.ROOT + "snapshots/SOURCES.md"))
                .filter(p -> !listed.contains(p))
                .toList();

        assertEquals(List.of(), unlisted);
    }

    @Test
    void priceSheetIdsAreTheOnesUsersType() {
        Set<String> ids = new TreeSet<>();
        data.entriesOfKind("price-sheet").forEach(e -> ids.add(e.get("id").asText()));

        assertEquals(new TreeSet<>(Set.of("openai", "anthropic", "gemini", "deepseek", "mistral", "qwen", "together",
                "deepinfra", "groq", "fireworks", "litellm", "openrouter")), ids);
    }

    @Test
    void idsAreUnique() {
        List<String> ids = entries().stream().map(e -> e.get("id").asText()).toList();

        assertEquals(Set.copyOf(ids).size(), ids.size(), ids::toString);
    }

    @Test
    void eachRatecardFileDeclaresTheFormatTheCatalogueGivesIt() {
        for (JsonNode entry : entries()) {
            RatecardFormat.ofCatalogueName(entry.get("format").asText()).ifPresent(format -> {
                JsonNode file = data.read(entry.get("path").asText());
                assertEquals(format.declared, file.get("format").asText(), entry.get("path").asText());
                assertEquals(1, file.get("version").asInt(), entry.get("path").asText());
            });
        }
    }

    @Test
    void aBundledSheetIsAddressedByItsOwnIdAndCarriesTheCataloguesSource() {
        for (Map.Entry<String, JsonNode> sheet : data.ratecardSheets()) {
            JsonNode entry = entries().stream().filter(e -> e.get("id").asText().equals(sheet.getKey())).findFirst()
                    .orElseThrow();
            assertEquals(sheet.getKey(), sheet.getValue().get("id").asText());
            assertEquals(sheet.getValue().get("name").asText(), entry.get("name").asText(), sheet.getKey());
            assertEquals(sheet.getValue().get("source").asText(), entry.get("source").asText(), sheet.getKey());
        }
    }

    @Test
    void theCataloguesDateIsTheNewestDateInTheFile() {
        for (JsonNode entry : entries()) {
            if (RatecardFormat.ofCatalogueName(entry.get("format").asText()).isPresent()) {
                List<String> dates = data.read(entry.get("path").asText()).findValuesAsText("as_of");
                String newest = dates.stream().max(String::compareTo).orElseThrow();
                assertEquals(newest, entry.get("as_of").asText(), entry.get("path").asText());
            }
        }
    }

    @Test
    void aSnapshotIsDatedAsItsFileName() {
        for (JsonNode entry : entries()) {
            String path = entry.get("path").asText();
            if (path.startsWith(BundledData.ROOT + "snapshots/")) {
                assertTrue(path.endsWith("-" + entry.get("as_of").asText() + ".json"), path);
            }
        }
    }
}
