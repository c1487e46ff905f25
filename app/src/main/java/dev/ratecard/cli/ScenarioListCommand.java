package dev.ratecard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ratecard.store.ScenarioSummary;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ratecard scenario list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios saved in the workspace.")
final class ScenarioListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() throws Exception {
        List<ScenarioSummary> scenarios;
        try (WorkspaceDatabase db = workspace.open()) {
            scenarios = db.scenarios().list();
        }
        PrintWriter out = workspace.out();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode list = mapper.createArrayNode();
            scenarios.forEach(s -> list.addObject().put("name", s.name()).put("format_version", s.formatVersion())
                    .put("created_at", s.createdAt().toString()).put("updated_at", s.updatedAt().toString()));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else if (scenarios.isEmpty()) {
            out.println("No saved scenarios. Save one with: ratecard scenario save FILE");
        } else {
            scenarios.forEach(s -> out.printf("%-40s  updated %s%n", s.name(), s.updatedAt()));
        }
        out.flush();
        return 0;
    }
}
