package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The snapshots ship byte for byte as published; SOURCES.md is the record of what they are. */
class SnapshotIntegrityTest {
    private static final String SNAPSHOTS = BundledData.ROOT + "snapshots/";
    /** A table row: | `file` | origin | date | bytes | `sha256` | licence | */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([^`]+\\.json)` \\|.*\\| (\\d+) \\| `([0-9a-f]{64})` \\|", Pattern.MULTILINE);

    private final BundledData data = new BundledData();

    private record Recorded(long bytes, String sha256) {
    }

    private Map<String, Recorded> recorded() {
        String sources = new String(data.bytes(SNAPSHOTS + "SOURCES.md"), StandardCharsets.UTF_8);
        Map<String, Recorded> rows = new TreeMap<>();
        Matcher m = ROW.matcher(sources);
        while (m.find()) {
            rows.put(SNAPSHOTS + m.group(1), new Recorded(Long.parseLong(m.group(2)), m.group(3)));
        }
        return rows;
    }

    @Test
    void sourcesRecordsExactlyTheBundledSnapshots() {
        List<String> bundled = data.allResourcePaths().stream()
                .filter(p -> p.startsWith(SNAPSHOTS) && p.endsWith(".json"))
                .toList();

        assertEquals(bundled, List.copyOf(recorded().keySet()));
    }

    @Test
    void everySnapshotHasTheSha256AndSizeSourcesGives() throws NoSuchAlgorithmException {
        for (Map.Entry<String, Recorded> row : recorded().entrySet()) {
            byte[] bytes = data.bytes(row.getKey());
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

            assertEquals(row.getValue().sha256(), sha256, row.getKey());
            assertEquals(row.getValue().bytes(), bytes.length, row.getKey());
        }
    }

    @Test
    void theHashesAreThoseOfThePublishedFiles() {
        // Published in the reference data's price-snapshots/SOURCES.md for the same two files.
        assertEquals("d367a97d5e53cdea0ea68853afba06c8429afa51cfc3fe834a9a1d8eb8e8d68f",
                recorded().get(SNAPSHOTS + "litellm-2026-07-24.json").sha256());
        assertEquals("93da863db0f6d3ad789ebf69f8086df35727288f14a7269bf14fda7a65c76f61",
                recorded().get(SNAPSHOTS + "openrouter-2026-08-01.json").sha256());
    }

    @Test
    void theSnapshotsAreTheDatedCataloguesTheirNamesSay() {
        JsonNode litellm = data.read(SNAPSHOTS + "litellm-2026-07-24.json");
        JsonNode openrouter = data.read(SNAPSHOTS + "openrouter-2026-08-01.json");

        assertTrue(litellm.get("last_updated").asText().startsWith("2026-07-24T18:23:43"));
        assertEquals(336, openrouter.get("data").size());
    }
}
