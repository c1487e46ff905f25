package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One way of serving the workload, with every parameter resolved (defaults already filled in, with their sources). */
public sealed interface OptionSpec {
    Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    String id();

    String name();

    OptionKind kind();

    /** The model this option serves the traffic with. */
    String servedModel();

    private static void requireIdAndName(String id, String name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", id, "must match " + ID.pattern());
        }
    }

    private static void requireSelfHosted(String id, String name, String model, ReplicaPlan plan, Staffing staffing,
                                          RunningCosts running) {
        requireIdAndName(id, name);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(staffing, "staffing");
        Objects.requireNonNull(running, "running");
    }

    /** Paying per token, straight to the provider or through a hosted gateway. */
    record Api(String id, String name, ApiRoute route) implements OptionSpec {
        public Api {
            requireIdAndName(id, name);
            Objects.requireNonNull(route, "route");
        }

        @Override
        public OptionKind kind() {
            return route.gateway() == null ? OptionKind.DIRECT : OptionKind.HOSTED_GATEWAY;
        }

        @Override
        public String servedModel() {
            return route.price().model();
        }
    }

    /** The provider's price through a proxy you run (LiteLLM): its servers and the engineer who keeps it up. */
    record SelfHostedGateway(String id, String name, ApiRoute route, BigDecimal infrastructureUsdPerMonth,
                             String infrastructureSource, Staffing staffing) implements OptionSpec {
        public SelfHostedGateway {
            requireIdAndName(id, name);
            Objects.requireNonNull(route, "route");
            Check.nonNegative("infrastructure_usd_per_month", infrastructureUsdPerMonth);
            Objects.requireNonNull(infrastructureSource, "infrastructureSource");
            Objects.requireNonNull(staffing, "staffing");
        }

        @Override
        public OptionKind kind() {
            return OptionKind.SELF_HOSTED_GATEWAY;
        }

        @Override
        public String servedModel() {
            return route.price().model();
        }
    }

    /** The model served on rented GPUs. */
    record RentedGpus(String id, String name, String model, GpuRental rental, ReplicaPlan plan, Staffing staffing,
                      RunningCosts running) implements OptionSpec {
        public RentedGpus {
            requireSelfHosted(id, name, model, plan, staffing, running);
            Objects.requireNonNull(rental, "rental");
            if (!rental.alwaysOn() && (plan.minReplicas() > 0 || plan.redundantReplicas() > 0)) {
                throw new InvalidParameterException("min_replicas", plan.minReplicas() + "/" + plan.redundantReplicas(),
                        "scale-to-zero keeps no replicas running; set min_replicas and redundant_replicas to 0 or always_on to true");
            }
        }

        @Override
        public OptionKind kind() {
            return OptionKind.RENTED_GPUS;
        }

        @Override
        public String servedModel() {
            return model;
        }
    }

    /** The model served on hardware you buy. */
    record OwnedGpus(String id, String name, String model, OwnedHardware hardware, ReplicaPlan plan,
                     Staffing staffing, RunningCosts running) implements OptionSpec {
        public OwnedGpus {
            requireSelfHosted(id, name, model, plan, staffing, running);
            Objects.requireNonNull(hardware, "hardware");
        }

        @Override
        public OptionKind kind() {
            return OptionKind.OWNED_HARDWARE;
        }

        @Override
        public String servedModel() {
            return model;
        }
    }

    /** Traffic split between other options of the scenario, by share. */
    record Mix(String id, String name, List<Share> shares) implements OptionSpec {
        public Mix {
            requireIdAndName(id, name);
            shares = List.copyOf(shares);
            if (shares.size() < 2) {
                throw new InvalidParameterException("shares", shares.size(), "a mix needs at least two options");
            }
            BigDecimal sum = shares.stream().map(Share::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw new InvalidParameterException("shares", sum.toPlainString(), "shares must add up to 1");
            }
        }

        @Override
        public OptionKind kind() {
            return OptionKind.MIX;
        }

        @Override
        public String servedModel() {
            return "mix";
        }
    }

    record Share(String option, BigDecimal share) {
        public Share {
            Objects.requireNonNull(option, "option");
            Check.positive("share", share);
            if (share.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidParameterException("share", share.toPlainString(), "must be at most 1");
            }
        }
    }
}
