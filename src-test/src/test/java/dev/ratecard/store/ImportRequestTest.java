package dev.ratecard.store;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportRequestTest {
    @Test
    void aHexDigestIsKeptInLowerCase() {
        ImportRequest request = ImportRequest.of("usage.csv", "AB".repeat(32), "openai-usage-csv", ZoneOffset.UTC);

        assertEquals("ab".repeat(32), request.sha256());
        assertEquals("openai-usage-csv", request.sourceKind());
        assertEquals(Map.of(), request.readerOptions());
    }

    @Test
    void somethingThatIsNotASha256IsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ImportRequest.of("usage.csv", "d41d8cd98f00b204e9800998ecf8427e", "csv", ZoneOffset.UTC));

        assertEquals("not a hex SHA-256: \"d41d8cd98f00b204e9800998ecf8427e\"", refused.getMessage());
    }

    @Test
    void aBlankFileNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImportRequest.of(" ", "ab".repeat(32), "csv", ZoneOffset.UTC));
    }
}
