package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a scenario's results as conclusions in plain words, in the order a reader needs them. */
final class Findings {
    private final BreakEvenFinder finder;

    Findings(BreakEvenFinder finder) {
        this.finder = finder;
    }

    List<Finding> write(Scenario scenario, Map<String, ModeledOption> models, List<OptionResult> results,
                        List<PairBreakEven> pairs, Focus focus, Projection projection, List<SensitivityTable> sensitivity) {
        Workload w = scenario.workload();
        String volume = Wording.tokens(w.totalTokens()) + " tokens/month";
        List<Finding> out = new ArrayList<>();
        OptionResult cheapest = results.stream().min(Comparator.comparing(OptionResult::monthly)).orElseThrow();
        out.add(new Finding("cheapest", "At " + volume + " the cheapest option is " + cheapest.name() + " at "
                + Wording.usd(cheapest.monthly().amount()) + "/month (" + Wording.perMillion(perToken(cheapest, w))
                + " tokens)" + dearest(results, cheapest) + "."));
        for (OptionResult r : results) {
            if (r.kind() == OptionKind.HOSTED_GATEWAY) {
                out.add(gatewayFees(r, volume));
            }
        }
        if (focus.subject() != null && focus.baseline() != null) {
            out.add(focusBreakEven(scenario, focus, ResultLookup.breakEven(pairs, focus.subject(), focus.baseline())));
            gpuOnly(models.get(focus.subject()), models.get(focus.baseline())).ifPresent(out::add);
        }
        for (OptionResult r : results) {
            if (r.kind() == OptionKind.SELF_HOSTED_GATEWAY) {
                proxyBreakEvens(r, results, pairs, models).forEach(out::add);
            }
        }
        for (OptionResult r : results) {
            if (r.utilisation() != null) {
                out.add(utilisation(r, models.get(r.id()), volume));
            }
            if (r.substitution()) {
                out.add(new Finding("substitution", r.name() + " serves " + w.model() + " traffic with " + r.servedModel()
                        + ": check that it does the job as well before comparing on price."));
            }
        }
        ThroughputCheck.findings(scenario).forEach(out::add);
        roughDefaults(results).forEach(out::add);
        List<String> roughWorkload = scenario.assumptions().stream().flatMap(a -> Sources.roughInputs(a).stream()).toList();
        if (!roughWorkload.isEmpty()) {
            out.add(new Finding("rough_default", "The workload rests on rough defaults for " + String.join(", ", roughWorkload)
                    + ": enter your own."));
        }
        sensitivity.stream().filter(t -> t.subject().equals(focus.subject())).findFirst()
                .filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> out.add(new Finding("sensitivity", "The break-even of " + name(scenario, t.subject())
                        + " against " + name(scenario, t.baseline()) + " turns most on: "
                        + t.rows().stream().limit(3).map(SensitivityTable.Row::name).collect(Collectors.joining(", ")) + ".")));
        projection.options().stream().filter(row -> row.payback() != null)
                .forEach(row -> out.add(payback(scenario, row, projection)));
        return out;
    }

    private static BigDecimal perToken(OptionResult r, Workload w) {
        return Units.divide(r.monthly().amount(), BigDecimal.valueOf(w.totalTokens()));
    }

    private static String dearest(List<OptionResult> results, OptionResult cheapest) {
        OptionResult dearest = results.stream().max(Comparator.comparing(OptionResult::monthly)).orElseThrow();
        if (dearest == cheapest || cheapest.monthly().isZero()) {
            return "";
        }
        return "; the dearest, " + dearest.name() + ", costs " + Wording.usd(dearest.monthly().amount()) + " ("
                + Wording.number(Units.divide(dearest.monthly().amount(), cheapest.monthly().amount()), 1) + "×)";
    }

    private static Finding gatewayFees(OptionResult r, String volume) {
        Money fees = sum(r, Set.of(CostCategory.FEES, CostCategory.PLAN));
        Money tokens = sum(r, Set.of(CostCategory.TOKENS));
        String share = tokens.isZero() ? "" : " (" + Wording.percent(Units.divide(fees.amount(), tokens.amount()))
                + " over the provider's price)";
        return new Finding("fees", "At " + volume + " " + r.name() + "'s fees cost " + Wording.usd(fees.amount())
                + "/month" + share + ".");
    }

    private static Money sum(OptionResult r, Set<CostCategory> categories) {
        return r.breakdown().stream().filter(l -> categories.contains(l.category())).map(CostLine::amount)
                .reduce(Money.ZERO_USD, Money::plus);
    }

    private static Finding focusBreakEven(Scenario scenario, Focus focus, BreakEven be) {
        String subject = name(scenario, focus.subject());
        String baseline = name(scenario, focus.baseline());
        return switch (be) {
            case BreakEven.Sustained s -> {
                String winner = name(scenario, s.dearerAtLowVolume());
                String loser = name(scenario, s.cheaperAtLowVolume());
                int back = (s.crossings() - 1) / 2;
                String temporary = s.crossings() > 1 ? " (the costs first meet at " + Wording.tokens(s.first())
                        + " but cross back " + (back == 1 ? "once" : back + " times") + " as whole replicas are added)" : "";
                yield new Finding("break_even", winner + " beats " + loser + " from " + Wording.tokens(s.sustained())
                        + " tokens/month on" + temporary + ".");
            }
            case BreakEven.Never n -> new Finding("never", name(scenario, n.dearerAtLowVolume()) + " never beats "
                    + name(scenario, n.cheaperAtLowVolume()) + " at this traffic mix"
                    + (n.temporaryCrossing() == null ? "" : " for good (it is cheaper only briefly, from "
                    + Wording.tokens(n.temporaryCrossing()) + " tokens/month)") + " because " + n.reason() + ".");
            case BreakEven.Tied t -> new Finding("break_even", subject + " and " + baseline + " cost the same at every volume.");
            case BreakEven.Undetermined u -> new Finding("break_even", u.reason() + ".");
        };
    }

    /** §5.5's first-order figure: GPUs alone against the baseline, no staff and no other costs. */
    private Optional<Finding> gpuOnly(ModeledOption subject, ModeledOption baseline) {
        if (subject.capacity() == null || subject.capacity().replicas() == null || baseline.capacity() != null) {
            return Optional.empty();
        }
        CostTerm.Staircase replicas = subject.capacity().replicas();
        CostFunction gpusOnly = new CostFunction(subject.cost().staircases());
        BreakEven be = finder.find(new CostedOption(subject.spec().id(), subject.spec().name(), gpusOnly), baseline.costed());
        String what = (subject.spec().kind() == OptionKind.RENTED_GPUS ? "GPUs" : "Hardware") + " alone (one "
                + replicas.unitName() + ", " + Wording.usd(subject.capacity().usdPerReplicaMonth())
                + "/month, no staff or other costs)";
        return Optional.of(new Finding("break_even", be.firstCrossing().isPresent()
                ? what + " first break even with " + baseline.spec().name() + " at "
                + Wording.tokens(be.firstCrossing().getAsLong()) + " tokens/month."
                : what + " never break even with " + baseline.spec().name() + "."));
    }

    private static List<Finding> proxyBreakEvens(OptionResult proxy, List<OptionResult> results, List<PairBreakEven> pairs,
                                                 Map<String, ModeledOption> models) {
        OptionSpec.SelfHostedGateway spec = (OptionSpec.SelfHostedGateway) models.get(proxy.id()).spec();
        String who = "An engineer at " + Wording.dollars(spec.staffing().loadedSalaryUsdPerYear()) + "/year ("
                + Wording.number(spec.staffing().fte(), 3) + " FTE) running " + proxy.name();
        List<Finding> out = new ArrayList<>();
        for (OptionResult other : results) {
            if (other.kind() != OptionKind.HOSTED_GATEWAY) {
                continue;
            }
            BreakEven be = ResultLookup.breakEven(pairs, proxy.id(), other.id());
            String text = be instanceof BreakEven.Sustained s && s.dearerAtLowVolume().equals(proxy.id())
                    ? who + " breaks even with " + other.name() + " at " + Wording.tokens(s.sustained()) + " tokens/month."
                    : be instanceof BreakEven.Never n && n.dearerAtLowVolume().equals(proxy.id())
                    ? who + " never breaks even with " + other.name() + ": " + n.reason() + "."
                    : proxy.name() + " is cheaper than " + other.name() + " at every volume.";
            out.add(new Finding("break_even", text));
        }
        return out;
    }

    private static Finding utilisation(OptionResult r, ModeledOption m, String volume) {
        ReplicaCapacity capacity = m.capacity();
        BigDecimal perReplica = SelfHostFormulas.outputTokensPerMonthAtFullBusy(capacity.plan().outputTokensPerSecond());
        String replicas = capacity.replicas() == null ? "GPUs on demand for the equivalent of "
                + Wording.number(r.replicas(), 3) + " replicas"
                : Wording.number(r.replicas(), 0) + (r.replicas().intValue() == 1 ? " replica" : " replicas") + " of "
                + capacity.plan().gpusPerReplica() + " × " + capacity.plan().gpuName();
        return new Finding("utilisation", "At " + volume + " " + r.name() + " runs " + replicas + " at "
                + Wording.percent(r.utilisation()) + " utilisation (one replica emits " + Wording.tokens(perReplica)
                + " output tokens/month at 100 % busy); that is " + Wording.usd(r.perMillionOutput().amount())
                + " per 1M output tokens.");
    }

    /** Inputs whose source is a rough default, named as the sources name them ("residual", "colocation" …). */
    private static List<Finding> roughDefaults(List<OptionResult> results) {
        List<Finding> out = new ArrayList<>();
        for (OptionResult r : results) {
            List<String> rough = r.breakdown().stream().flatMap(l -> Sources.roughInputs(l.source()).stream())
                    .distinct().toList();
            if (!rough.isEmpty()) {
                out.add(new Finding("rough_default", r.name() + " rests on rough defaults (low-authority or unverified "
                        + "figures) for " + String.join(", ", rough) + ": enter your own."));
            }
        }
        return out;
    }

    private static Finding payback(Scenario scenario, Projection.Row row, Projection projection) {
        Projection.Payback p = row.payback();
        String months = projection.volumes().size() + " months";
        String when = p.paybackMonth() == null ? "does not pay back within " + months
                : "pays back in month " + p.paybackMonth();
        return new Finding("payback", name(scenario, row.option()) + " " + when + " against "
                + name(scenario, p.against()) + " (capex " + Wording.usd(p.capexPaid().amount()) + "; NPV over " + months
                + " " + Wording.usd(p.npv().amount()) + ").");
    }

    private static String name(Scenario scenario, String id) {
        return scenario.option(id).name();
    }
}
