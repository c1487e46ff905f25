package dev.ratecard.importers.usage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.text.SlashDateOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** Where the usage fixtures are, and the read options a fixture's {@code .options.json} asks for. */
final class Fixtures {
    static final String EXPECTED = ".expected.json";
    static final String OPTIONS = ".options.json";

    private Fixtures() {
    }

    static Path root() {
        URL url = Fixtures.class.getResource("/dev/ratecard/importers/usage");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The fixtures of a folder: every file but expected results, options and licences. */
    static List<Path> inputs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(EXPECTED))
                    .filter(p -> !p.getFileName().toString().endsWith(OPTIONS))
                    .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path fixture, String suffix) {
        return fixture.resolveSibling(fixture.getFileName() + suffix);
    }

    /** Default options, changed by the fixture's options file if it has one. */
    static ReadOptions options(Path fixture) throws IOException {
        Path file = sibling(fixture, OPTIONS);
        ReadOptions options = ReadOptions.defaults();
        if (!Files.exists(file)) {
            return options;
        }
        JsonNode json = GoldenForm.json().readTree(file.toFile());
        if (json.has("naiveTimeZone")) {
            options = options.withNaiveTimeZone(ZoneId.of(json.get("naiveTimeZone").asText()));
        }
        if (json.has("decimalSeparator")) {
            options = options.withDecimalSeparator(DecimalSeparator.valueOf(json.get("decimalSeparator").asText()));
        }
        if (json.has("slashDateOrder")) {
            options = options.withSlashDateOrder(SlashDateOrder.valueOf(json.get("slashDateOrder").asText()));
        }
        if (json.has("focusCost")) {
            options = options.withFocusCost(FocusCostColumn.valueOf(json.get("focusCost").asText()));
        }
        if (json.has("mapping")) {
            options = options.withMapping(new ColumnMappingJson().read(json.get("mapping").toString()));
        }
        if (json.has("format")) {
            options = options.withFormat(UsageFormat.fromId(json.get("format").asText()).orElseThrow());
        }
        return options;
    }
}
