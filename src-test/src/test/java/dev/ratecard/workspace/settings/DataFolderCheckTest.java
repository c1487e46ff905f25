package dev.ratecard.workspace.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DataFolderCheckTest {
    @TempDir
    Path temp;

    @Test
    void acceptsAnExistingWritableFolderAndLeavesNothingBehind() throws IOException {
        assertEquals(Optional.empty(), DataFolderCheck.problemWith(temp));
        try (var left = Files.list(temp)) {
            assertFalse(left.findAny().isPresent(), "the write check cleans up after itself");
        }
    }

    @Test
    void acceptsAFolderThatCanBeCreatedWithoutCreatingIt() {
        Path folder = temp.resolve("not").resolve("yet");

        assertEquals(Optional.empty(), DataFolderCheck.problemWith(folder));
        assertFalse(Files.exists(temp.resolve("not")));
    }

    @Test
    void rejectsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        assertEquals(Optional.of(file + " is a file, not a folder"), DataFolderCheck.problemWith(file));
    }

    @Test
    void rejectsAFolderThatWouldHaveToBeCreatedInsideAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        Path folder = file.resolve("data");

        assertEquals(Optional.of(folder + " cannot be created: " + file + " is a file, not a folder"),
                DataFolderCheck.problemWith(folder));
    }

    @Test
    void rejectsARelativePath() {
        assertEquals(Optional.of("Enter a full path, starting from the root of a drive: \"data\" is relative"),
                DataFolderCheck.problemWith(Path.of("data")));
    }
}
