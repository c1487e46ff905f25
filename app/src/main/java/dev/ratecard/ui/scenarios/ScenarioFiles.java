package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.dialog.FileRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Scenario files on disk: {@code .ratecard} (or {@code .json}) files in the scenario format. Writing goes through a
 * temporary file in the same folder that then replaces the target, so a failed export never leaves half a file.
 */
final class ScenarioFiles {
    static final List<FileRequest.FileType> TYPES = List.of(
            new FileRequest.FileType("Ratecard scenarios", List.of("*.ratecard", "*.json")));

    private ScenarioFiles() {
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void write(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A file name for a scenario: its name in lower case, words joined by dashes, e.g. {@code qwen-2-5-72b.ratecard}. */
    static String suggestedName(String scenarioName) {
        String slug = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "scenario" : slug) + ".ratecard";
    }
}
