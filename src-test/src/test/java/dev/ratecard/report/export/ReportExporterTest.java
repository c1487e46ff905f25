package dev.ratecard.report.export;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report file is written whole or not at all. */
class ReportExporterTest {
    private static Report report;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        report = ReportFixtures.report(ReportFixtures.headline());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesTheFileAndLeavesNothingElseBehind(ReportFormat format) throws IOException {
        Path target = dir.resolve("report." + format.extension());
        Path written = new ReportExporter().export(report, format, target, Progress.NONE);

        assertEquals(target.toAbsolutePath(), written);
        byte[] bytes = Files.readAllBytes(target);
        byte[] magic = format == ReportFormat.PDF ? "%PDF-".getBytes(StandardCharsets.US_ASCII) : new byte[] {'P', 'K', 3, 4};
        assertArrayEquals(magic, Arrays.copyOf(bytes, magic.length));
        assertEquals(List.of(target), files());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aCancelledExportLeavesThePreviousFileAsItWas(ReportFormat format) throws IOException {
        Path target = dir.resolve("report." + format.extension());
        Files.writeString(target, "the report of last week");
        Progress cancelAfterFirstPart = new Progress() {
            private boolean started;

            @Override
            public void update(long done, long total) {
                started = true;
            }

            @Override
            public boolean isCancelled() {
                return started;
            }
        };

        assertThrows(ImportCancelledException.class,
                () -> new ReportExporter().export(report, format, target, cancelAfterFirstPart));

        assertEquals("the report of last week", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderIsReportedAndNothingIsCreated() {
        Path target = dir.resolve("no-such-folder").resolve("report.pdf");

        IOException error = assertThrows(IOException.class,
                () -> new ReportExporter().export(report, ReportFormat.PDF, target, Progress.NONE));

        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
