package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.ApiRoute;
import dev.ratecard.scenario.GpuRental;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.OwnedHardware;
import dev.ratecard.scenario.ReplicaPlan;
import dev.ratecard.scenario.RunningCosts;
import dev.ratecard.scenario.Sources;
import dev.ratecard.scenario.Staffing;

import java.math.BigDecimal;
import java.util.List;

/** Turns one option of a scenario file into an {@link OptionSpec}: references resolved, defaults filled in, each with its source. */
final class OptionResolver {
    private final Resolution r;
    private final CatalogueRefs refs;

    OptionResolver(Resolution resolution, CatalogueRefs refs) {
        this.r = resolution;
        this.refs = refs;
    }

    OptionSpec resolve(OptionDocument doc, String path) throws ScenarioFileException {
        return switch (doc) {
            case OptionDocument.Direct d -> {
                ApiRoute route = route(d.price(), d.negotiatedDiscount(), d.proxyFee(), path);
                yield r.at(path, () -> new OptionSpec.Api(d.id(), d.name(), route));
            }
            case OptionDocument.HostedGateway g -> {
                ApiRoute route = route(g.price(), g.negotiatedDiscount(), g.proxyFee(), path)
                        .withGateway(refs.gateway(g.gateway(), path + ".gateway"));
                yield r.at(path, () -> new OptionSpec.Api(g.id(), g.name(), route));
            }
            case OptionDocument.SelfHostedGateway g -> {
                ApiRoute route = route(g.price(), g.negotiatedDiscount(), null, path);
                if (g.engineer().fte() == null) {
                    throw r.error(path + ".engineer.fte", "is required: there is no published figure for the time a proxy takes");
                }
                Staffing staffing = staffing(g.engineer(), path);
                yield r.at(path, () -> new OptionSpec.SelfHostedGateway(g.id(), g.name(), route,
                        g.infrastructureUsdPerMonth(), g.infrastructureSource() == null ? "scenario" : g.infrastructureSource(),
                        staffing));
            }
            case OptionDocument.RentedGpus g -> rented(g, path);
            case OptionDocument.OwnedHardware o -> owned(o, path);
            case OptionDocument.Mix m -> {
                List<OptionSpec.Share> shares = m.shares().stream().map(s -> new OptionSpec.Share(s.option(), s.share())).toList();
                yield r.at(path, () -> new OptionSpec.Mix(m.id(), m.name(), shares));
            }
        };
    }

    private ApiRoute route(References.Price price, BigDecimal discount, BigDecimal proxyFee, String path)
            throws ScenarioFileException {
        ApiRoute direct = ApiRoute.direct(refs.price(price, path + ".price"));
        return r.at(path, () -> new ApiRoute(direct.price(), discount == null ? BigDecimal.ZERO : discount,
                proxyFee == null ? BigDecimal.ZERO : proxyFee, null));
    }

    private OptionSpec rented(OptionDocument.RentedGpus g, String path) throws ScenarioFileException {
        CatalogueRefs.Rent rent = refs.gpu(g.gpu(), path + ".gpu");
        boolean alwaysOn = g.alwaysOn() == null || g.alwaysOn();
        ReplicaPlan plan = plan(rent.gpu(), g.gpusPerReplica(), g.throughput(), g.peakFactor(), g.maxUtilisation(),
                g.minReplicas(), g.redundantReplicas(), alwaysOn, path);
        Staffing staffing = staffing(g.engineer(), path);
        RunningCosts running = running(g.runningCosts(), path);
        GpuRental rental = r.at(path, () -> new GpuRental(rent.usdPerGpuHour(), alwaysOn, rent.source()));
        return r.at(path, () -> new OptionSpec.RentedGpus(g.id(), g.name(), g.model(), rental, plan, staffing, running));
    }

    private OptionSpec owned(OptionDocument.OwnedHardware o, String path) throws ScenarioFileException {
        ReplicaPlan plan = plan(o.gpu(), o.gpusPerReplica(), o.throughput(), o.peakFactor(), o.maxUtilisation(),
                o.minReplicas(), o.redundantReplicas(), true, path);
        OwnedHardware hardware = new HardwareResolver(r).resolve(o.hardware(), o.gpu(), plan.gpusPerReplica(), path + ".hardware");
        Staffing staffing = staffing(o.engineer(), path);
        RunningCosts running = running(o.runningCosts(), path);
        return r.at(path, () -> new OptionSpec.OwnedGpus(o.id(), o.name(), o.model(), hardware, plan, staffing, running));
    }

    private ReplicaPlan plan(String gpu, Integer gpusPerReplica, References.Throughput throughput, BigDecimal peakFactor,
                             BigDecimal maxUtilisation, Integer minReplicas, Integer redundantReplicas, boolean alwaysOn,
                             String path) throws ScenarioFileException {
        CatalogueRefs.Measured x = refs.throughput(throughput, path + ".throughput");
        Integer gpus = gpusPerReplica != null ? gpusPerReplica : x.gpuCount();
        if (gpus == null) {
            throw r.error(path + ".gpus_per_replica", "is required when the throughput is not a catalogue profile");
        }
        if (x.gpuCount() != null && !x.gpuCount().equals(gpus)) {
            throw r.error(path + ".gpus_per_replica", gpus + " GPUs per replica, but throughput profile "
                    + throughput.profile() + " was measured on " + x.gpuCount()
                    + "; give throughput.output_tokens_per_second for " + gpus + " GPUs");
        }
        Resolution.Sourced<BigDecimal> u = r.decimal(maxUtilisation, "max_utilisation", path + ".max_utilisation");
        int min = alwaysOn ? r.count(minReplicas, "min_replicas", path + ".min_replicas").value()
                : minReplicas == null ? 0 : minReplicas;
        int redundant = alwaysOn ? r.count(redundantReplicas, "redundant_replicas", path + ".redundant_replicas").value()
                : redundantReplicas == null ? 0 : redundantReplicas;
        String source = x.source() + (u.source().equals("scenario") ? "" : Sources.SEPARATOR + "max_utilisation: " + u.source());
        return r.at(path, () -> new ReplicaPlan(gpus, gpu, x.outputTokensPerSecond(), source, x.inputTokens(),
                x.outputTokens(), peakFactor, u.value(), min, redundant));
    }

    Staffing staffing(SelfHostParts.Engineer e, String path) throws ScenarioFileException {
        SelfHostParts.Engineer given = e == null ? new SelfHostParts.Engineer(null, null, null) : e;
        Resolution.Sourced<BigDecimal> fte = r.decimal(given.fte(), "engineer.fte", path + ".engineer.fte");
        Resolution.Sourced<BigDecimal> salary = r.decimal(given.loadedSalaryUsdPerYear(),
                "engineer.loaded_salary_usd_per_year", path + ".engineer.loaded_salary_usd_per_year");
        String source = Resolution.sources(given.source(), List.of("fte", "loaded salary"), List.of(fte, salary));
        return r.at(path, () -> new Staffing(fte.value(), salary.value(), source));
    }

    private RunningCosts running(SelfHostParts.RunningCosts c, String path) throws ScenarioFileException {
        SelfHostParts.RunningCosts given = c == null ? new SelfHostParts.RunningCosts(null, null, null, null, null, null) : c;
        String base = path + ".running_costs";
        Resolution.Sourced<BigDecimal> monitoring = r.decimal(given.monitoringUsdPerMonth(),
                "running_costs.monitoring_usd_per_month", base + ".monitoring_usd_per_month");
        Resolution.Sourced<BigDecimal> storage = r.decimal(given.storageUsdPerMonth(),
                "running_costs.storage_usd_per_month", base + ".storage_usd_per_month");
        Resolution.Sourced<BigDecimal> egress = r.decimal(given.egressUsdPerGb(), "running_costs.egress_usd_per_gb",
                base + ".egress_usd_per_gb");
        Resolution.Sourced<BigDecimal> bytes = r.decimal(given.bytesPerOutputToken(),
                "running_costs.bytes_per_output_token", base + ".bytes_per_output_token");
        Resolution.Sourced<BigDecimal> other = r.decimal(given.otherUsdPerMonth(), "running_costs.other_usd_per_month",
                base + ".other_usd_per_month");
        String source = Resolution.sources(given.source(), List.of("monitoring", "storage", "egress", "bytes per token", "other"),
                List.of(monitoring, storage, egress, bytes, other));
        return r.at(path, () -> new RunningCosts(monitoring.value(), storage.value(), egress.value(), bytes.value(),
                other.value(), source));
    }
}
