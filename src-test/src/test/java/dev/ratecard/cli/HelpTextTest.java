package dev.ratecard.cli;

import dev.ratecard.platform.BuildVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's help is what a user reads first: it must print whole, without picocli complaining about it. */
class HelpTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "import", "cost", "usage", "reconcile", "batches", "batches list", "batches show",
            "batches delete"})
    void helpPrintsWithoutFormatWarnings(String command) {
        // picocli reports a description it cannot format (a lone '%') on System.err, not on the command's writer.
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        CliRun run;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of((command + " --help").trim().split(" "));
        } finally {
            System.setErr(stderr);
        }

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: ratecard"), run::toString);
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertEquals("", run.err());
    }

    @Test
    void versionIsTheBuildVersionHelpAboutShows() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exit(), run::toString);
        assertEquals("Ratecard " + BuildVersion.current() + System.lineSeparator(), run.out());
    }
}
