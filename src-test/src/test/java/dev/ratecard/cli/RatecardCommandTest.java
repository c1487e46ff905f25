package dev.ratecard.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The root builds only the subcommand a command line names, and all of them when it names none. */
class RatecardCommandTest {
    private static final List<String> ALL = List.of("import", "cost", "usage", "reconcile", "batches", "prices",
            "scenario", "report");

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("import"), subcommands("import", "file.csv", "--dry-run"));
        assertEquals(List.of("scenario"), subcommands("scenario", "list"));
        assertEquals(List.of("report"), subcommands("report", "--help"));
    }

    @Test
    void everySubcommandIsBuiltInHelpOrderWhenNoneIsNamed() {
        assertEquals(ALL, subcommands());
        assertEquals(ALL, subcommands("--help"));
        assertEquals(ALL, subcommands("--version"));
        assertEquals(ALL, subcommands("imprt", "file.csv"));
        assertEquals(ALL, subcommands("IMPORT"), "names are matched as picocli matches them: case and all");
    }

    @Test
    void theRootsHelpListsEverySubcommand() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exit(), run::toString);
        for (String name : ALL) {
            assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith(name + " ")), name + ":\n" + run.out());
        }
    }

    @Test
    void aMistypedSubcommandIsRefusedWithASuggestion() {
        CliRun run = CliRun.of("imprt", "file.csv");

        assertEquals(RatecardCommand.EXIT_BAD_USAGE, run.exit(), run::toString);
        assertTrue(run.err().contains("Unmatched arguments from index 0: 'imprt', 'file.csv'"), run::toString);
        assertTrue(run.err().contains("Did you mean: ratecard import or ratecard report?"), run::toString);
    }

    @Test
    void aSubcommandBuiltAloneStillRunsUnderTheRootsName() {
        CliRun run = CliRun.of("import", "--help");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: ratecard import "), run::toString);
    }

    private static List<String> subcommands(String... args) {
        return List.copyOf(RatecardCommand.commandLine(args).getSubcommands().keySet());
    }
}
