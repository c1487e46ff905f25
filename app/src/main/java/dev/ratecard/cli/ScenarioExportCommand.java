package dev.ratecard.cli;

import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ratecard scenario export NAME [--output FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a saved scenario out as a scenario file (to standard output without --output).")
final class ScenarioExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "The saved scenario's name.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "File to write; an existing one is replaced whole.")
    Path output;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() {
        Optional<StoredScenario> stored;
        try (WorkspaceDatabase db = workspace.open()) {
            stored = db.scenarios().findByName(name);
        }
        if (stored.isEmpty()) {
            return workspace.badInput("no saved scenario named \"" + name + "\"");
        }
        String json = stored.get().json();
        if (output == null) {
            workspace.out().print(json);
            workspace.out().flush();
            return 0;
        }
        try {
            writeWhole(output, json);
            workspace.out().println("Wrote " + output);
            return 0;
        } catch (IOException e) {
            return workspace.badInput("cannot write " + output + ": " + e.getMessage());
        }
    }

    /** Written beside the target and moved over it, so that a failure never leaves half a file. */
    private static void writeWhole(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".ratecard-", ".json.part");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
