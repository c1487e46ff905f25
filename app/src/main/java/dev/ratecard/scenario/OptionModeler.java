package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns option specs into cost functions for a workload; API routes are priced through {@link RoutePricing}. */
public final class OptionModeler {
    private final RoutePricing routes;

    public OptionModeler(RoutePricing routes) {
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /** Every option of the list, mixes after the options they split traffic between; in the list's order. */
    public Map<String, ModeledOption> modelAll(List<OptionSpec> options, Workload workload) {
        Map<String, ModeledOption> byId = new HashMap<>();
        for (OptionSpec option : options) {
            if (!(option instanceof OptionSpec.Mix)) {
                byId.put(option.id(), model(option, workload, byId));
            }
        }
        for (OptionSpec option : options) {
            if (option instanceof OptionSpec.Mix) {
                byId.put(option.id(), model(option, workload, byId));
            }
        }
        Map<String, ModeledOption> ordered = new LinkedHashMap<>();
        options.forEach(o -> ordered.put(o.id(), byId.get(o.id())));
        return ordered;
    }

    /**
     * @param others the scenario's other options already modelled, by id; a mix is built from them
     */
    public ModeledOption model(OptionSpec spec, Workload workload, Map<String, ModeledOption> others) {
        return switch (spec) {
            case OptionSpec.Api api -> new ModeledOption(spec, new CostFunction(routes.price(api.route(), workload)), null);
            case OptionSpec.SelfHostedGateway gw -> {
                List<CostTerm> terms = new ArrayList<>(routes.price(gw.route(), workload));
                terms.add(new CostTerm.Fixed(CostCategory.INFRASTRUCTURE, "proxy servers", gw.infrastructureSource(),
                        gw.infrastructureUsdPerMonth()));
                terms.add(SelfHostTerms.engineer(gw.staffing()));
                yield new ModeledOption(spec, new CostFunction(terms), null);
            }
            case OptionSpec.RentedGpus rented -> selfHosted(spec, SelfHostTerms.rented(rented, workload), rented.plan(),
                    rented.rental().alwaysOn() ? SelfHostFormulas.replicaUsdPerMonth(rented.plan().gpusPerReplica(),
                            rented.rental().usdPerGpuHour()) : BigDecimal.ZERO);
            case OptionSpec.OwnedGpus owned -> {
                List<CostTerm> terms = SelfHostTerms.owned(owned, workload);
                BigDecimal perReplica = terms.stream().filter(CostTerm.Staircase.class::isInstance)
                        .map(t -> ((CostTerm.Staircase) t).usdPerStep()).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield selfHosted(spec, terms, owned.plan(), perReplica);
            }
            case OptionSpec.Mix mix -> mix(mix, others);
        };
    }

    private static ModeledOption selfHosted(OptionSpec spec, List<CostTerm> terms, ReplicaPlan plan, BigDecimal perReplica) {
        CostTerm.Staircase replicas = terms.stream().filter(CostTerm.Staircase.class::isInstance)
                .map(CostTerm.Staircase.class::cast).findFirst().orElse(null);
        return new ModeledOption(spec, new CostFunction(terms), new ReplicaCapacity(plan, replicas, perReplica));
    }

    private static ModeledOption mix(OptionSpec.Mix mix, Map<String, ModeledOption> others) {
        CostFunction cost = new CostFunction(List.of());
        for (OptionSpec.Share share : mix.shares()) {
            ModeledOption part = others.get(share.option());
            if (part == null) {
                throw new InvalidParameterException("shares.option", share.option(), "no option of the scenario has this id");
            }
            if (part.spec() instanceof OptionSpec.Mix) {
                throw new InvalidParameterException("shares.option", share.option(), "a mix cannot contain another mix");
            }
            String prefix = part.spec().name() + " (" + Wording.percent(share.share()) + "): ";
            cost = cost.plus(new CostFunction(part.cost().forShare(share.share()).terms().stream()
                    .map(t -> t.relabeled(prefix + t.label())).toList()));
        }
        return new ModeledOption(mix, cost, null);
    }
}
