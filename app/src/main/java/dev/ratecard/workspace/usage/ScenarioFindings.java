package dev.ratecard.workspace.usage;

import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.store.ScenarioRepository;
import dev.ratecard.store.ScenarioSummary;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The top findings of the workspace's stored scenarios: each scenario evaluated as it is stored, its baseline set
 * against the cheapest other option, biggest monthly saving first. A scenario that no longer resolves (it names a
 * price this Ratecard does not have) is listed with the reason instead.
 */
public final class ScenarioFindings {
    private final ScenarioService service;

    public ScenarioFindings(ScenarioService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** A stored scenario that could not be evaluated, and why. */
    public record Problem(long scenarioId, String scenarioName, String reason) {
        public Problem {
            Objects.requireNonNull(scenarioName, "scenarioName");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param findings biggest monthly saving first */
    public record Result(List<ScenarioFinding> findings, List<Problem> problems) {
        public Result {
            findings = List.copyOf(findings);
            problems = List.copyOf(problems);
        }
    }

    public Result of(ScenarioRepository scenarios) {
        List<ScenarioFinding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ScenarioSummary summary : scenarios.list()) {
            Optional<StoredScenario> stored = scenarios.find(summary.id());
            if (stored.isEmpty()) {
                continue;
            }
            try {
                ScenarioResult result = service.run(stored.get().json(), summary.name());
                finding(summary, result).ifPresent(findings::add);
            } catch (ScenarioFileException unusable) {
                problems.add(new Problem(summary.id(), summary.name(), unusable.path() + ": " + unusable.reason()));
            }
        }
        findings.sort(Comparator.comparing((ScenarioFinding f) -> f.monthlySaving().amount()).reversed()
                .thenComparing(ScenarioFinding::scenarioName));
        return new Result(findings, problems);
    }

    /** The baseline against the cheapest other option; none for a scenario of one option. */
    static Optional<ScenarioFinding> finding(ScenarioSummary scenario, ScenarioResult result) {
        String baselineId = result.focus().baseline() != null ? result.focus().baseline() : result.options().getFirst().id();
        OptionResult baseline = result.option(baselineId);
        Optional<OptionResult> cheapestOther = result.options().stream().filter(o -> !o.id().equals(baselineId))
                .min(Comparator.comparing(OptionResult::monthly));
        return cheapestOther.map(other -> new ScenarioFinding(scenario.id(), scenario.name(), baseline.name(),
                baseline.monthly(), other.name(), other.monthly(), result.findings().stream().map(Finding::text).toList()));
    }
}
