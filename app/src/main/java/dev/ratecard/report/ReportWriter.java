package dev.ratecard.report;

import dev.ratecard.importers.Progress;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Implementations check {@code progress} between parts and stop when it is cancelled. */
public interface ReportWriter {
    /**
     * @throws dev.ratecard.importers.ImportCancelledException when {@code progress} was cancelled (the stream then
     *                                                        holds part of a file, which the caller discards)
     */
    void write(Report report, OutputStream out, Progress progress) throws IOException;
}
