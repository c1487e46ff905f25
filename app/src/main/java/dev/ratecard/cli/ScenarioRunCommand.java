package dev.ratecard.cli;

import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioResultJson;
import dev.ratecard.workspace.scenarios.ScenarioService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ratecard scenario run FILE|NAME [--json]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Evaluate a scenario file, or a scenario saved in the workspace: monthly cost of each option with "
                + "its breakdown, break-even of every pair, sensitivity and findings.")
final class ScenarioRunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a saved scenario.")
    String scenario;

    @Option(names = "--json", description = "Print the result as JSON (format ratecard-scenario-result).")
    boolean json;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() {
        ScenarioService service = ScenarioService.bundled();
        try {
            Source source = source();
            if (source == null) {
                return workspace.badInput("no scenario file " + scenario
                        + " and no saved scenario of that name");
            }
            ScenarioResult result = service.run(source.text(), source.name());
            workspace.out().print(json ? new ScenarioResultJson().write(result) : new ScenarioText().render(result));
            workspace.out().flush();
            return 0;
        } catch (ScenarioFileException e) {
            return workspace.badInput(e.getMessage());
        } catch (IOException e) {
            return workspace.badInput("cannot read " + scenario + ": " + e.getMessage());
        }
    }

    private record Source(String name, String text) {
    }

    /** A file if there is one at that path, else a saved scenario of that name; {@code null} if neither. */
    private Source source() throws IOException {
        Path file = Path.of(scenario);
        if (Files.isRegularFile(file)) {
            return new Source(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        try (WorkspaceDatabase db = workspace.open()) {
            Optional<StoredScenario> stored = db.scenarios().findByName(scenario);
            return stored.map(s -> new Source(s.name(), s.json())).orElse(null);
        }
    }
}
