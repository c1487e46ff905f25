package dev.ratecard.workspace.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentFilesTest {
    private static final Path A = Path.of("/reports/a.csv");
    private static final Path B = Path.of("/reports/b.csv");
    private static final Path C = Path.of("/reports/c.json");

    @Test
    void putsTheFileOpenedLastFirst() {
        assertEquals(List.of(C, B, A), RecentFiles.NONE.opened(A).opened(B).opened(C).paths());
    }

    @Test
    void movesAFileOpenedAgainToTheTopInsteadOfRepeatingIt() {
        assertEquals(List.of(A, C, B), RecentFiles.NONE.opened(A).opened(B).opened(C).opened(A).paths());
    }

    @Test
    void treatsTwoSpellingsOfOnePathAsOneFile() {
        assertEquals(List.of(A), RecentFiles.NONE.opened(A).opened(Path.of("/reports/sub/../a.csv")).paths());
    }

    @Test
    void keepsTheTenNewest() {
        RecentFiles files = RecentFiles.NONE;
        for (int i = 1; i <= 12; i++) {
            files = files.opened(Path.of("/reports/" + i + ".csv"));
        }

        List<Path> expected = IntStream.iterate(12, i -> i >= 3, i -> i - 1).mapToObj(i -> Path.of("/reports/" + i + ".csv"))
                .toList();
        assertEquals(expected, files.paths());
    }

    @Test
    void dropsAFileThatIsGone() {
        assertEquals(List.of(C, A), RecentFiles.NONE.opened(A).opened(B).opened(C).without(B).paths());
    }
}
