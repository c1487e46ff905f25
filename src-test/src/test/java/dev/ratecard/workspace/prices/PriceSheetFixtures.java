package dev.ratecard.workspace.prices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The hand-made price sheets in {@code src-test/src/test/resources/dev/ratecard/workspace/prices}, copied into a
 * folder of the test's (standing for the user's downloads), so that a test adds or names them from outside the library.
 */
public final class PriceSheetFixtures {
    private PriceSheetFixtures() {
    }

    public static Path copy(String name, Path folder) {
        try (InputStream in = PriceSheetFixtures.class.getResourceAsStream(name)) {
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
