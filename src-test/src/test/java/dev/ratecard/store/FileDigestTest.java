package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileDigestTest {
    @TempDir
    Path folder;

    @Test
    void matchesThePublishedDigestOfAbc() throws Exception {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");

        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileDigest.sha256(file));
    }

    @Test
    void anEmptyFileHasTheDigestOfNoBytes() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.csv"));

        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileDigest.sha256(file));
    }
}
