package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixture in a format's folder is detected as that format, read, and compared with its hand-checked
 * {@code .expected.json}. Adding a fixture without an expected file fails, so every fixture is a test.
 */
class GoldenFilesTest {
    private static final Set<String> NOT_FORMATS = Set.of("bad", "tolerated", "reference");

    static Stream<Path> fixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Fixtures.root())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!NOT_FORMATS.contains(folder.getFileName().toString())) {
                    all.addAll(Fixtures.inputs(folder));
                }
            }
        }
        return all.stream();
    }

    @Test
    void everyFormatHasGoldenFilesAndEveryFolderIsAFormat() throws IOException {
        for (UsageFormat format : UsageFormat.values()) {
            Path folder = Fixtures.root().resolve(format.id());
            assertTrue(Files.isDirectory(folder) && !Fixtures.inputs(folder).isEmpty(), "no golden files for " + format.id());
        }
        try (Stream<Path> folders = Files.list(Fixtures.root())) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> !NOT_FORMATS.contains(name))
                    .forEach(name -> assertTrue(UsageFormat.fromId(name).isPresent(), name + " is not a format id"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsItsExpectedFileSays(Path fixture) throws Exception {
        Path expectedFile = Fixtures.sibling(fixture, Fixtures.EXPECTED);
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile.getFileName());
        UsageFormat folderFormat = UsageFormat.fromId(fixture.getParent().getFileName().toString()).orElseThrow();
        UsageImport usage = new UsageImport();
        assertEquals(folderFormat, usage.detect(fixture).format(), "detected format");

        ReadOptions options = Fixtures.options(fixture);
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = usage.read(fixture, options, sink, Progress.NONE);

        ObjectMapper json = GoldenForm.json();
        JsonNode actual = GoldenForm.render(summary, sink.records, sink.issues);
        JsonNode expected = json.readTree(expectedFile.toFile());
        if (!expected.equals(actual)) {
            assertEquals(json.writeValueAsString(expected), json.writeValueAsString(actual));
        }
        assertEquals(summary.rowsRead(), summary.rowsRejected() + summary.rowsSkipped()
                + sink.records.stream().map(r -> r.source()).distinct().count(), "every row accounted for once");
    }
}
