package dev.ratecard.report;

import dev.ratecard.importers.Progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Writes a report to bytes, and reads a CSV zip back, as the tests do. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static byte[] write(ReportWriter writer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(report, out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The files of a CSV report's zip, by name, in order. */
    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static Map<String, String> unzip(Path zip) throws IOException {
        return unzip(Files.readAllBytes(zip));
    }
}
