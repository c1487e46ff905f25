package dev.ratecard.cli;

import dev.ratecard.store.NameInUseException;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ratecard scenario save FILE [--name NAME] [--replace]}. */
@Command(name = "save", mixinStandardHelpOptions = true,
        description = "Check a scenario file and keep it in the workspace; nothing is stored if it does not resolve.")
final class ScenarioSaveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--name", description = "Name to save it under (default: the scenario's own name).")
    String name;

    @Option(names = "--replace", description = "Replace a saved scenario of the same name.")
    boolean replace;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() {
        ScenarioService service = ScenarioService.bundled();
        String fileName = file.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ScenarioDocument doc = service.read(text, fileName);
            String as = name != null ? name : doc.name();
            try (WorkspaceDatabase db = workspace.open()) {
                StoredScenario stored = service.save(db.scenarios(), as, text, fileName, replace);
                workspace.out().println("Saved scenario \"" + stored.name() + "\" in " + db.file());
            }
            return 0;
        } catch (ScenarioFileException e) {
            return workspace.badInput(e.getMessage());
        } catch (NameInUseException e) {
            return workspace.badInput(e.getMessage() + " (use --replace to replace it)");
        } catch (IOException e) {
            return workspace.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}
