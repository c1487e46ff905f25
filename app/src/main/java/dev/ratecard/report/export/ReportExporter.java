package dev.ratecard.report.export;

import dev.ratecard.importers.Progress;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.report.ReportWriter;
import dev.ratecard.report.csv.CsvReportWriter;
import dev.ratecard.report.pdf.PdfReportWriter;
import dev.ratecard.report.xlsx.XlsxReportWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a report to a file whole or not at all: into a temporary file beside the target, moved over it only when
 * complete, so that a failure or a cancel never leaves half a report (or destroys the previous one).
 */
public final class ReportExporter {

    public Path export(Report report, ReportFormat format, Path target, Progress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(progress, "progress");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, ".ratecard-report-", "." + format.extension() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer(format).write(report, out, progress);
            }
            progress.checkCancelled();
            move(temp, absolute);
            return absolute;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static ReportWriter writer(ReportFormat format) {
        return switch (format) {
            case PDF -> new PdfReportWriter();
            case XLSX -> new XlsxReportWriter();
            case CSV -> new CsvReportWriter();
        };
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
