package dev.ratecard.importers.prices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every price-sheet fixture under {@code dev/ratecard/importers/prices/<format>/} is read through the facade,
 * its format detected from the content, and compared with its {@code <name>.expected.json}, written by hand
 * from the fixture's own numbers (see {@link SheetSnapshot} for the form). An expected file may give the
 * read a {@code "context": {"as_of": …, "source": …}} where the fixture states none.
 */
class PriceSheetGoldenFilesTest {
    private static final String EXPECTED = ".expected.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> expectedFiles() throws IOException, URISyntaxException {
        Path root = Path.of(PriceSheetGoldenFilesTest.class.getResource("/dev/ratecard/importers/prices").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> expected = files.filter(p -> p.getFileName().toString().endsWith(EXPECTED)).sorted().toList();
            assertTrue(expected.size() >= 7, "the golden fixtures are on the test class path");
            return expected.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void readsFixtureAsItsExpectedFileSays(Path expectedFile) throws Exception {
        Path fixture = fixtureOf(expectedFile);
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        PriceSheetRead read;
        try (InputStream in = Files.newInputStream(fixture)) {
            read = new PriceSheetReaders().read(fixture.getFileName().toString(), in, null, context(expected));
        }
        assertEquals(SheetSnapshot.pretty(expected), SheetSnapshot.pretty(SheetSnapshot.of(read, expected)));
    }

    private static Path fixtureOf(Path expectedFile) throws IOException {
        String base = expectedFile.getFileName().toString().replace(EXPECTED, "");
        try (Stream<Path> siblings = Files.list(expectedFile.getParent())) {
            List<Path> fixtures = siblings.filter(p -> !p.equals(expectedFile))
                    .filter(p -> p.getFileName().toString().startsWith(base + "."))
                    .filter(p -> !p.getFileName().toString().endsWith(EXPECTED)).toList();
            assertEquals(1, fixtures.size(), "one fixture beside " + expectedFile.getFileName() + ": " + fixtures);
            return fixtures.get(0);
        }
    }

    private static ReadContext context(JsonNode expected) {
        JsonNode context = expected.path("context");
        ReadContext read = ReadContext.NONE;
        if (context.has("as_of")) {
            read = read.withAsOf(LocalDate.parse(context.get("as_of").textValue()));
        }
        if (context.has("source")) {
            read = read.withSource(context.get("source").textValue());
        }
        return read;
    }
}
