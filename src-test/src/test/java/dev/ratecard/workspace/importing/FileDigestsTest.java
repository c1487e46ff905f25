package dev.ratecard.workspace.importing;

import dev.ratecard.store.FileDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileDigestsTest {
    /** SHA-256 of the three bytes "abc", from FIPS 180-2, appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path folder;

    @Test
    void aFileHashedEarlyGivesTheSameDigestAsOneHashedWhenAsked() throws Exception {
        Path file = Files.writeString(folder.resolve("usage.csv"), "abc", StandardCharsets.US_ASCII);
        FileDigests digests = new FileDigests();

        digests.startEarly(file);

        assertEquals(ABC, digests.sha256(file));
        assertEquals(ABC, FileDigest.sha256(file));
        // The early result is taken once: a later call hashes the file as it is then.
        Files.writeString(file, "abcd", StandardCharsets.US_ASCII);
        assertEquals(FileDigest.sha256(file), digests.sha256(file));
    }

    @Test
    void aFileNotStartedEarlyIsHashedWhenAsked() throws Exception {
        Path file = Files.writeString(folder.resolve("usage.csv"), "abc", StandardCharsets.US_ASCII);

        assertEquals(ABC, new FileDigests().sha256(file));
    }

    @Test
    void aMissingFileStartedEarlyFailsWhenAskedAsAMissingFileDoes() {
        Path missing = folder.resolve("gone.csv");
        FileDigests digests = new FileDigests();

        digests.startEarly(missing);

        NoSuchFileException failure = assertThrows(NoSuchFileException.class, () -> digests.sha256(missing));
        assertEquals(missing.toString(), failure.getFile());
    }
}
