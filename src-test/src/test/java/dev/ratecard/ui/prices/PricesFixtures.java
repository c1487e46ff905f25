package dev.ratecard.ui.prices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The price-sheet fixtures of {@code dev/ratecard/workspace/prices}, copied where a test "downloaded" them. */
final class PricesFixtures {
    private PricesFixtures() {
    }

    static Path copy(String name, Path folder) {
        try (InputStream in = PricesFixtures.class.getResourceAsStream("/dev/ratecard/workspace/prices/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            Path file = folder.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
