package dev.ratecard.store;

import dev.ratecard.platform.AppDirectories;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * SQLite's native library, loaded from a copy kept in Ratecard's cache folder. Left to itself, sqlite-jdbc writes the
 * library out of its jar into the temporary folder under a new name at every start and reads it back to compare it:
 * 60–90 ms of every command and of the window's start ({@code docs/benchmarks.md}). The copy's folder is named by
 * the driver's version, the system and processor, and the CRC-32 the jar records for the library; before each use
 * the copy's own CRC is checked against its folder's name (a millisecond), without asking the driver which library
 * this system needs, which costs it more than that. A missing, torn or altered copy is written again, beside it and
 * then moved over it, so it is never loaded half written. When anything fails (the driver is not in a jar, the cache
 * cannot be written, the user named a library of their own with {@code org.sqlite.lib.path}) the driver's own way
 * stays, so the database opens either way.
 */
final class NativeLibraryCopy {
    /** The driver's settings for a library already on disk, read once, when it first loads its library. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String FOLDER = "sqlite-jdbc";
    private static final String PART = ".part";

    private NativeLibraryCopy() {
    }

    /**
     * Points the driver at the copy in this process's cache folder ({@link AppDirectories#cacheDir()}), the first time
     * it is called; {@link Connections} calls it before every connection, so a command that opens no database (its
     * help, its version) never pays for it.
     */
    static void useCopyInCacheOnce() {
        Once.reached();
    }

    /** The JVM initialises a class once, whoever gets there first: that runs the copy's set-up once a process. */
    private static final class Once {
        static {
            try {
                useCopyIn(AppDirectories.forThisProcess().cacheDir());
            } catch (RuntimeException | LinkageError e) {
                // A home that is no path, a driver of another make: the driver loads its library its own way. An error
                // here would otherwise fail this class for good, and every connection with it.
            }
        }

        static void reached() {
            // Reaching this method initialised the class, which is all it is for.
        }
    }

    /**
     * Points the driver at the copy in {@code cacheFolder}, making it first if needed; call before the first
     * connection. Returns whether the copy is used.
     */
    static boolean useCopyIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        String version = SQLiteJDBCLoader.getVersion();
        if (version == null || version.isBlank() || version.equals("unknown")) {
            // Without the driver's version a copy could outlive an upgrade of the driver.
            return false;
        }
        Path folder = cacheFolder.resolve(FOLDER);
        String prefix = prefix(version, System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        Optional<Path> copy = goodCopy(folder, prefix).or(() -> copyOf(SQLiteJDBCLoader.class.getResource(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName()), folder, prefix));
        copy.ifPresent(file -> {
            System.setProperty(PATH_PROPERTY, file.getParent().toString());
            System.setProperty(NAME_PROPERTY, file.getFileName().toString());
        });
        return copy.isPresent();
    }

    /** The start of the copy's folder name: the driver's version, the system and the processor, file-name safe. */
    static String prefix(String version, String osName, String osArch) {
        return safe(version) + "-" + safe(osName + "-" + osArch) + "-";
    }

    private static String safe(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "_");
    }

    /** A copy made before for {@code prefix}, whose content has the CRC its folder is named by; empty if there is none. */
    static Optional<Path> goodCopy(Path folder, String prefix) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path version : versions) {
                Optional<Path> library = onlyFileIn(version);
                String crc = version.getFileName().toString().substring(prefix.length());
                if (library.isPresent() && crc.equals(Long.toHexString(crcOf(library.get())))) {
                    return library;
                }
            }
        } catch (IOException | RuntimeException e) {
            // No good copy: it is made again.
        }
        return Optional.empty();
    }

    /**
     * A copy of {@code library}, an entry of a jar, in a folder of {@code folder} named by {@code prefix} and the
     * entry's CRC, made now; empty if the library is not in a jar or the copy cannot be made.
     */
    static Optional<Path> copyOf(URL library, Path folder, String prefix) {
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
            Path copy = folder.resolve(prefix + Long.toHexString(entry.getCrc())).resolve(fileName);
            write(jar, copy);
            removeOthers(folder, copy.getParent(), prefix.substring(prefix.indexOf('-')));
            return matches(copy, entry) ? Optional.of(copy) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The copy in {@code folder}: its one file that is not a part file left by a write that did not finish. */
    private static Optional<Path> onlyFileIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(file -> !file.getFileName().toString().endsWith(PART)).limit(2).toList();
            return all.size() == 1 && Files.isRegularFile(all.get(0)) ? Optional.of(all.get(0)) : Optional.empty();
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }

    private static boolean matches(Path copy, JarEntry entry) throws IOException {
        return Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crcOf(copy) == entry.getCrc();
    }

    private static void write(JarURLConnection jar, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        removeParts(copy.getParent());
        Path part = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), PART);
        try {
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Part files a write that did not finish left behind (another process's, still writing, then fails to move). */
    private static void removeParts(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            // Only space is lost.
        }
    }

    /**
     * Copies an earlier driver left for this system and processor ({@code platform}, as in the folders' names); a
     * shared home keeps those of other machines. One a running Ratecard still has loaded may refuse, and stay.
     */
    private static void removeOthers(Path folder, Path current, String platform) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder)) {
            for (Path version : versions) {
                if (!version.equals(current) && version.getFileName().toString().contains(platform)) {
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
