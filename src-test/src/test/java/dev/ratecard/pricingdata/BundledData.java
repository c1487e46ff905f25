package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled catalogue as the app sees it: class-path resources of the pricing-data module, read exactly
 * (every JSON number as a {@code BigDecimal} from its text).
 */
final class BundledData {
    static final String ROOT = "dev/ratecard/pricingdata/";
    static final String CATALOGUE = ROOT + "catalogue.json";

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    boolean exists(String resourcePath) {
        return loader().getResource(resourcePath) != null;
    }

    byte[] bytes(String resourcePath) {
        try (InputStream in = open(resourcePath)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resourcePath, e);
        }
    }

    JsonNode read(String resourcePath) {
        try (InputStream in = open(resourcePath)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse bundled " + resourcePath, e);
        }
    }

    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse JSON text", e);
        }
    }

    JsonNode catalogue() {
        return read(CATALOGUE);
    }

    /** Every catalogue entry, in catalogue order. */
    List<JsonNode> catalogueEntries() {
        List<JsonNode> all = new ArrayList<>();
        catalogue().get("entries").forEach(all::add);
        return all;
    }

    /** Catalogue entries whose {@code kind} is the given one, in catalogue order. */
    List<JsonNode> entriesOfKind(String kind) {
        return catalogueEntries().stream().filter(e -> kind.equals(e.get("kind").asText())).toList();
    }

    /** The entry for {@code model} in the bundled sheet {@code sheetId}; fails the test if there is none. */
    static JsonNode priceEntry(List<Map.Entry<String, JsonNode>> sheets, String sheetId, String model) {
        JsonNode sheet = sheets.stream().filter(s -> s.getKey().equals(sheetId)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundled sheet " + sheetId)).getValue();
        for (JsonNode e : sheet.get("entries")) {
            if (e.get("model").asText().equals(model)) {
                return e;
            }
        }
        throw new AssertionError(sheetId + " has no entry " + model);
    }

    /** The bundled Ratecard-format price sheets, by catalogue id. */
    List<Map.Entry<String, JsonNode>> ratecardSheets() {
        return entriesOfKind("price-sheet").stream()
                .filter(e -> "ratecard-json".equals(e.get("format").asText()))
                .map(e -> Map.entry(e.get("id").asText(), read(e.get("path").asText())))
                .toList();
    }

    /**
     * Every file under the pricing-data resource root, as resource paths. Works whether the module is on the
     * class path as a directory or as a jar, so the test sees what ships.
     */
    List<String> allResourcePaths() {
        URL anchor = loader().getResource(CATALOGUE);
        if (anchor == null) {
            throw new IllegalStateException(CATALOGUE + " is not on the class path");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath("/" + ROOT), jar.getPath("/"));
                }
            }
            Path root = Path.of(uri).getParent();
            return list(root, root.getParent().getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + anchor, e);
        }
    }

    private static List<String> list(Path root, Path classPathRoot) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> classPathRoot.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private InputStream open(String resourcePath) {
        InputStream in = loader().getResourceAsStream(resourcePath);
        if (in == null) {
            throw new IllegalArgumentException("no bundled resource " + resourcePath);
        }
        return in;
    }

    private ClassLoader loader() {
        return BundledData.class.getClassLoader();
    }
}
