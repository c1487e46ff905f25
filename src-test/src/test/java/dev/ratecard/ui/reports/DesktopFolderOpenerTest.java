package dev.ratecard.ui.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesktopFolderOpenerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Windows 11, explorer
            Mac OS X,   open
            Linux,      xdg-open
            FreeBSD,    xdg-open
            """)
    void asksTheSystemsOwnFileManager(String os, String command) {
        Path folder = Path.of("reports", "q3");
        assertEquals(List.of(command, folder.toString()), DesktopFolderOpener.command(folder, os));
    }
}
