package dev.ratecard.workspace.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The usage readers' fixtures, and files written for one test. */
final class UsageFiles {
    private UsageFiles() {
    }

    /** A fixture under {@code src-test/src/test/resources/dev/ratecard/importers/usage/}. */
    static Path fixture(String relative) {
        try {
            return Path.of(UsageFiles.class.getResource("/dev/ratecard/importers/usage/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
