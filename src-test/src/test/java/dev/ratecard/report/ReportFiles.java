package dev.ratecard.report;

import dev.ratecard.importers.Progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a report to bytes, as the tests read it back. */
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
}
