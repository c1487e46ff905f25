package dev.ratecard.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version Maven writes into {@code version.properties} at build time: what {@code ratecard --version}
 * prints and Help › About shows, read in one place so the two cannot disagree.
 */
public final class BuildVersion {
    /** Shown when the build wrote no version, e.g. when running from an IDE's unfiltered resources. */
    public static final String DEVELOPMENT = "(development build)";
    private static final String RESOURCE = "/dev/ratecard/version.properties";

    private BuildVersion() {
    }

    /** This build's version, or {@link #DEVELOPMENT}. */
    public static String current() {
        return from(BuildVersion.class.getResourceAsStream(RESOURCE));
    }

    /** Reads and closes {@code properties}; null, no version or a placeholder Maven did not fill in give {@link #DEVELOPMENT}. */
    static String from(InputStream properties) {
        if (properties == null) {
            return DEVELOPMENT;
        }
        Properties build = new Properties();
        try (InputStream in = properties) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = build.getProperty("version", "").strip();
        return version.isEmpty() || version.startsWith("${") ? DEVELOPMENT : version;
    }
}
