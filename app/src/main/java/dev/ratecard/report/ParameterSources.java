package dev.ratecard.report;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.scenario.ApiRoute;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.Parameter;
import dev.ratecard.scenario.ReplicaPlan;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.Sources;

import java.util.List;
import java.util.Optional;

/**
 * Where an option's parameter came from: the price entry (source and as-of date), the gateway's fee model, the GPU
 * offer, the throughput benchmark, a bundled default with its citation, or the scenario itself. The resolver
 * writes composite sources as {@code "field: citation | field: citation"} when some fields were defaulted (see
 * {@link Sources}); a source without such parts is the scenario's own text for all its fields.
 */
final class ParameterSources {
    static final String SCENARIO = "scenario";
    private static final String REPLICA_COUNTS = "scenario, or the bundled default where the scenario leaves it out";

    private ParameterSources() {
    }

    static String of(Parameter p, OptionSpec option, Scenario scenario) {
        return switch (option) {
            case OptionSpec.Api api -> route(p, api.route());
            case OptionSpec.SelfHostedGateway gw -> switch (p) {
                case INFRASTRUCTURE_USD_PER_MONTH -> gw.infrastructureSource();
                case ENGINEER_FTE -> part(gw.staffing().source(), "fte");
                case LOADED_SALARY_USD_PER_YEAR -> part(gw.staffing().source(), "loaded salary");
                default -> route(p, gw.route());
            };
            case OptionSpec.RentedGpus r -> p == Parameter.GPU_USD_PER_HOUR ? r.rental().source()
                    : selfHosted(p, r.plan(), r.staffing().source(), r.running().source(), scenario);
            case OptionSpec.OwnedGpus o -> owned(p, o.hardware().source())
                    .orElseGet(() -> selfHosted(p, o.plan(), o.staffing().source(), o.running().source(), scenario));
            case OptionSpec.Mix m -> SCENARIO;
        };
    }

    /** A workload input's source: the default's citation where the resolver noted one, else the scenario. */
    static String workload(String input, Scenario scenario) {
        return scenario.assumptions().stream().filter(a -> a.startsWith(input + ": "))
                .map(a -> a.substring(input.length() + 2)).findFirst().orElse(SCENARIO);
    }

    private static String route(Parameter p, ApiRoute route) {
        return switch (p) {
            case INPUT_USD_PER_MILLION, OUTPUT_USD_PER_MILLION -> route.priceSource();
            case TOKEN_MARKUP, TOP_UP_FEE -> gateway(route.gateway().fees());
            default -> SCENARIO;
        };
    }

    private static String gateway(GatewayFeeModel fees) {
        Provenance p = fees.provenance();
        return fees.name() + " (" + p.source() + ", as of " + p.asOf() + ")";
    }

    private static String selfHosted(Parameter p, ReplicaPlan plan, String staffing, String running, Scenario scenario) {
        return switch (p) {
            case OUTPUT_TOKENS_PER_SECOND -> Sources.parts(plan.throughputSource()).getFirst();
            case MAX_UTILISATION -> Sources.parts(plan.throughputSource()).stream().filter(s -> s.startsWith("max_utilisation: "))
                    .map(s -> s.substring("max_utilisation: ".length())).findFirst().orElse(SCENARIO);
            case PEAK_FACTOR -> SCENARIO;
            case MIN_REPLICAS, REDUNDANT_REPLICAS -> REPLICA_COUNTS;
            case ENGINEER_FTE -> part(staffing, "fte");
            case LOADED_SALARY_USD_PER_YEAR -> part(staffing, "loaded salary");
            case MONITORING_USD_PER_MONTH -> part(running, "monitoring");
            case STORAGE_USD_PER_MONTH -> part(running, "storage");
            case EGRESS_USD_PER_GB -> part(running, "egress");
            case OTHER_USD_PER_MONTH -> part(running, "other");
            default -> workload(p.label(), scenario);
        };
    }

    private static Optional<String> owned(Parameter p, String source) {
        String field = switch (p) {
            case CAPEX_USD_PER_REPLICA -> "capex";
            case POWER_KW_PER_REPLICA -> "power";
            case RESIDUAL_FRACTION -> "residual";
            case YEARS -> "years";
            case COST_OF_CAPITAL_PER_YEAR -> "cost of capital";
            case LOAD_FACTOR -> "load factor";
            case PUE -> "PUE";
            case USD_PER_KWH -> "$/kWh";
            case COLOCATION_USD_PER_KW_MONTH -> "colocation";
            case MAINTENANCE_FRACTION_PER_YEAR -> "";
            default -> null;
        };
        if (field == null) {
            return Optional.empty();
        }
        return Optional.of(field.isEmpty() ? SCENARIO : part(source, field));
    }

    /** The citation of {@code field} in a composite source; the whole text when the source is the scenario's own. */
    static String part(String source, String field) {
        List<String> parts = Sources.parts(source);
        return parts.stream().filter(s -> s.startsWith(field + ": ")).map(s -> s.substring(field.length() + 2))
                .findFirst().orElse(source);
    }
}
