package dev.ratecard.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * SQLite's native library, loaded from a copy kept in Ratecard's cache folder. Left to itself, sqlite-jdbc writes the
 * library out of its jar into the temporary folder under a new name at every start and reads it back to compare it:
 * 60–90 ms of every command and of the window's start ({@code docs/benchmarks.md}). The copy's folder is named by
 * the driver's version and the CRC-32 the jar records for the library, and the copy is checked against that size and
 * CRC before each use, from the jar's directory, without unpacking it; a missing, torn, stale or altered copy is
 * written again, beside it and then moved over it, so it is never loaded half written. When anything fails (the
 * driver is not in a jar, the cache cannot be written, the user named a library of their own with
 * {@code org.sqlite.lib.path}) the driver's own way stays, so the database opens either way.
 */
public final class NativeLibraryCopy {
    /** The driver's settings for a library already on disk, read once, when it first loads its library. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String FOLDER = "sqlite-jdbc";

    private NativeLibraryCopy() {
    }

    /**
     * Points the driver at the copy in {@code cacheFolder}, making it first if needed; call before the first
     * connection. Returns whether the copy is used.
     */
    public static boolean useCopyIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        URL library = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        Optional<Path> copy = copyOf(library, cacheFolder.resolve(FOLDER), SQLiteJDBCLoader.getVersion());
        copy.ifPresent(file -> {
            System.setProperty(PATH_PROPERTY, file.getParent().toString());
            System.setProperty(NAME_PROPERTY, file.getFileName().toString());
        });
        return copy.isPresent();
    }

    /**
     * The copy of {@code library}, an entry of a jar, in a folder of {@code folder} named by {@code version} and the
     * entry's CRC; empty if the library is not in a jar or no good copy can be had.
     */
    static Optional<Path> copyOf(URL library, Path folder, String version) {
        if (library == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = library.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() < 0 || entry.getCrc() < 0) {
                return Optional.empty();
            }
            String fileName = Path.of(entry.getName()).getFileName().toString();
            Path copy = folder.resolve(version + "-" + Long.toHexString(entry.getCrc())).resolve(fileName);
            if (!matches(copy, entry)) {
                write(jar, copy);
                removeOtherVersions(folder, copy.getParent());
                if (!matches(copy, entry)) {
                    return Optional.empty();
                }
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(Path copy, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(copy));
        return crc.getValue() == entry.getCrc();
    }

    private static void write(JarURLConnection jar, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Path part = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try {
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Copies an earlier driver left behind; one still loaded by a running Ratecard may refuse, and stays. */
    private static void removeOtherVersions(Path folder, Path current) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder)) {
            for (Path version : versions) {
                if (!version.equals(current)) {
                    deleteQuietly(version);
                }
            }
        } catch (IOException e) {
            // Only space is lost.
        }
    }

    private static void deleteQuietly(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    // Only space is lost.
                }
            });
        } catch (IOException e) {
            // Only space is lost.
        }
    }
}
