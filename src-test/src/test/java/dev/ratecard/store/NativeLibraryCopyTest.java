package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite's native library loaded from a copy in the cache folder: made once from the driver's jar, checked at each
 * use, made again when damaged; anything else leaves the driver to its own way.
 */
class NativeLibraryCopyTest {
    private static final URL LIBRARY = SQLiteJDBCLoader.class.getResource(
            LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
    private static final String PREFIX = "3.53.0.0-linux_amd64-";

    @TempDir
    Path folder;

    @Test
    void theCopyHoldsTheJarsLibraryInAFolderNamedByVersionPlatformAndCrc() throws Exception {
        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();

        byte[] library = libraryBytes();
        assertArrayEquals(library, Files.readAllBytes(copy));
        CRC32 crc = new CRC32();
        crc.update(library);
        assertEquals(folder.resolve("3.53.0.0-linux_amd64-" + Long.toHexString(crc.getValue())), copy.getParent());
        assertEquals(LibraryLoaderUtil.getNativeLibName(), copy.getFileName().toString());
    }

    @Test
    void theFolderNameIsSafeOnEverySystem() {
        assertEquals("3.53.0.0-linux_amd64-", NativeLibraryCopy.prefix("3.53.0.0", "Linux", "amd64"));
        assertEquals("3.53.0.0-mac_os_x_aarch64-", NativeLibraryCopy.prefix("3.53.0.0", "Mac OS X", "aarch64"));
        assertEquals("3.53.0.0_snapshot-windows_11_amd64-", NativeLibraryCopy.prefix("3.53.0.0-SNAPSHOT", "Windows 11", "amd64"));
    }

    @Test
    void aGoodCopyIsFoundAndUsedAsItIs() throws Exception {
        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);

        assertEquals(Optional.of(copy), NativeLibraryCopy.goodCopy(folder, PREFIX));
        assertEquals(written, Files.getLastModifiedTime(copy), "the copy was written again");
        assertEquals(Optional.empty(), NativeLibraryCopy.goodCopy(folder, "3.53.0.0-linux_aarch64-"),
                "another processor's copy is not this one's");
        assertEquals(Optional.empty(), NativeLibraryCopy.goodCopy(folder.resolve("none"), PREFIX));
    }

    @Test
    void aCopyWithOneByteChangedIsNotUsedAndIsWrittenAgain() throws Exception {
        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();
        byte[] altered = Files.readAllBytes(copy);
        altered[altered.length / 2] ^= 0x01;
        Files.write(copy, altered);

        assertEquals(Optional.empty(), NativeLibraryCopy.goodCopy(folder, PREFIX));
        assertEquals(Optional.of(copy), NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX));
        assertArrayEquals(libraryBytes(), Files.readAllBytes(copy));
    }

    @Test
    void aTornCopyIsNotUsedAndIsWrittenAgain() throws Exception {
        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, Arrays.copyOf(whole, whole.length / 3));

        assertEquals(Optional.empty(), NativeLibraryCopy.goodCopy(folder, PREFIX));
        assertEquals(Optional.of(copy), NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX));
        assertArrayEquals(whole, Files.readAllBytes(copy));
        try (var left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), left.toList(), "no part file is left beside the copy");
        }
    }

    @Test
    void aPartFileLeftByAnUnfinishedWriteIsIgnoredAndCleanedUpByTheNextWrite() throws Exception {
        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();
        Path stale = copy.getParent().resolve(copy.getFileName() + "12345.part");
        Files.write(stale, new byte[] {1, 2, 3});

        assertEquals(Optional.of(copy), NativeLibraryCopy.goodCopy(folder, PREFIX), "the copy is still found");
        Files.write(copy, new byte[] {0});
        assertEquals(Optional.of(copy), NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX));
        try (var left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), left.toList(), "the stale part file is gone");
        }
        assertEquals(Optional.of(copy), NativeLibraryCopy.goodCopy(folder, PREFIX));
    }

    @Test
    void writingANewCopyRemovesThoseOfOtherVersionsForThisPlatformOnly() throws Exception {
        Path older = folder.resolve("3.49.1.0-linux_amd64-1234abcd");
        Path otherMachine = folder.resolve("3.49.1.0-mac_os_x_aarch64-1234abcd");
        for (Path version : List.of(older, otherMachine)) {
            Files.createDirectories(version);
            Files.writeString(version.resolve(LibraryLoaderUtil.getNativeLibName()), "an older library");
        }

        Path copy = NativeLibraryCopy.copyOf(LIBRARY, folder, PREFIX).orElseThrow();

        try (var versions = Files.list(folder)) {
            assertEquals(Set.of(copy.getParent(), otherMachine), Set.copyOf(versions.toList()));
        }
    }

    @Test
    void aLibraryOutsideAJarIsLeftToTheDriver() throws Exception {
        Path loose = folder.resolve("loose.so");
        Files.write(loose, new byte[] {1, 2, 3});
        Path cache = folder.resolve("cache");

        assertEquals(Optional.empty(), NativeLibraryCopy.copyOf(loose.toUri().toURL(), cache, PREFIX));
        assertEquals(Optional.empty(), NativeLibraryCopy.copyOf(null, cache, PREFIX));
        assertFalse(Files.exists(cache));
    }

    @Test
    void aCacheThatCannotBeWrittenIsLeftToTheDriver() throws Exception {
        Path notAFolder = folder.resolve("cache");
        Files.writeString(notAFolder, "a file where the cache folder would be");

        assertEquals(Optional.empty(), NativeLibraryCopy.copyOf(LIBRARY, notAFolder, PREFIX));
        assertEquals("a file where the cache folder would be", Files.readString(notAFolder));
    }

    @Test
    void aLibraryTheUserNamedIsKept() {
        String path = System.getProperty(NativeLibraryCopy.PATH_PROPERTY);
        String name = System.getProperty(NativeLibraryCopy.NAME_PROPERTY);
        System.setProperty(NativeLibraryCopy.PATH_PROPERTY, "/opt/own-sqlite");
        try {
            assertFalse(NativeLibraryCopy.useCopyIn(folder.resolve("cache")));
            assertEquals("/opt/own-sqlite", System.getProperty(NativeLibraryCopy.PATH_PROPERTY));
            assertEquals(name, System.getProperty(NativeLibraryCopy.NAME_PROPERTY));
            assertFalse(Files.exists(folder.resolve("cache")));
        } finally {
            restore(NativeLibraryCopy.PATH_PROPERTY, path);
        }
    }

    /**
     * A real process: after a command the copy is in the home's cache, and the driver wrote nothing into the
     * temporary folder, where it would otherwise unpack the library.
     */
    @Test
    void aCommandLoadsTheLibraryFromTheCopy() throws Exception {
        Path home = folder.resolve("home");
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dratecard.home=" + home, "-Djava.io.tmpdir=" + temporary,
                "-cp", testClassPath(), "dev.ratecard.Launcher", "scenario", "list", "--db", folder.resolve("w.db").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end within a minute");
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve("output.txt")));

        try (var copies = Files.walk(home.resolve("cache").resolve("sqlite-jdbc"))) {
            assertEquals(1, copies.filter(p -> p.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName()))
                    .count());
        }
        try (var unpacked = Files.list(temporary)) {
            assertEquals(List.of(), unpacked.filter(p -> p.getFileName().toString().startsWith("sqlite-")).toList());
        }
    }

    /** The version and the help open no database: they neither make the copy nor load the driver's library. */
    @Test
    void aCommandThatOpensNoDatabaseMakesNoCopy() throws Exception {
        Path home = folder.resolve("home");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dratecard.home=" + home, "-cp", testClassPath(), "dev.ratecard.Launcher", "--version")
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end within a minute");
        assertEquals(0, process.exitValue(), Files.readString(folder.resolve("output.txt")));

        assertFalse(Files.exists(home.resolve("cache")));
    }

    private static byte[] libraryBytes() throws Exception {
        try (InputStream in = LIBRARY.openStream()) {
            return in.readAllBytes();
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** Surefire names the test class path in a property of its own; the JVM's is its booter jar. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
