package dev.ratecard.scenario;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Reads and sets a {@link Parameter} on a workload or an option; empty where the option has no such input. */
public final class ParameterAccess {
    private ParameterAccess() {
    }

    public static Optional<BigDecimal> read(Parameter p, Workload w) {
        return Optional.ofNullable(switch (p) {
            case OUTPUT_SHARE -> w.outputShare();
            case CACHE_HIT_SHARE -> w.inputTokens() == 0 ? BigDecimal.ZERO
                    : Units.divide(BigDecimal.valueOf(w.monthly().get(UsageBucket.CACHE_READ)), BigDecimal.valueOf(w.inputTokens()));
            case BATCH_SHARE -> w.batchShare();
            case PEAK_TO_AVERAGE -> w.peakToAverage();
            case GROWTH_PER_MONTH -> w.growthPerMonth();
            default -> null;
        });
    }

    public static Workload apply(Parameter p, Workload w, BigDecimal v) {
        return switch (p) {
            case OUTPUT_SHARE -> w.withOutputShare(v);
            case CACHE_HIT_SHARE -> w.withCacheHitShare(v);
            case BATCH_SHARE -> w.withBatchShare(v);
            case PEAK_TO_AVERAGE -> w.withPeakToAverage(v);
            case GROWTH_PER_MONTH -> w.withGrowthPerMonth(v);
            default -> throw new IllegalArgumentException(p.key() + " is not a workload input");
        };
    }

    public static Optional<BigDecimal> read(Parameter p, OptionSpec o) {
        return Optional.ofNullable(switch (o) {
            case OptionSpec.Api api -> readRoute(p, api.route());
            case OptionSpec.SelfHostedGateway gw -> switch (p) {
                case INFRASTRUCTURE_USD_PER_MONTH -> gw.infrastructureUsdPerMonth();
                case ENGINEER_FTE, LOADED_SALARY_USD_PER_YEAR -> readStaffing(p, gw.staffing());
                default -> readRoute(p, gw.route());
            };
            case OptionSpec.RentedGpus r -> p == Parameter.GPU_USD_PER_HOUR ? r.rental().usdPerGpuHour()
                    : readSelfHosted(p, r.plan(), r.staffing(), r.running());
            case OptionSpec.OwnedGpus g -> ownedField(p) != null ? readOwned(p, g.hardware())
                    : readSelfHosted(p, g.plan(), g.staffing(), g.running());
            case OptionSpec.Mix m -> null;
        });
    }

    public static OptionSpec apply(Parameter p, OptionSpec o, BigDecimal v) {
        if (!supports(p, o)) {
            throw new InvalidParameterException("parameter", p.key(), "option " + o.id() + " (" + o.kind().key() + ") has no such input");
        }
        int count = p.isCount() ? v.setScale(0, RoundingMode.HALF_EVEN).intValueExact() : 0;
        return switch (o) {
            case OptionSpec.Api api -> new OptionSpec.Api(api.id(), api.name(), applyRoute(p, api.route(), v));
            case OptionSpec.SelfHostedGateway gw -> switch (p) {
                case INFRASTRUCTURE_USD_PER_MONTH -> new OptionSpec.SelfHostedGateway(gw.id(), gw.name(), gw.route(), v,
                        gw.infrastructureSource(), gw.staffing());
                case ENGINEER_FTE, LOADED_SALARY_USD_PER_YEAR -> new OptionSpec.SelfHostedGateway(gw.id(), gw.name(),
                        gw.route(), gw.infrastructureUsdPerMonth(), gw.infrastructureSource(), applyStaffing(p, gw.staffing(), v));
                default -> new OptionSpec.SelfHostedGateway(gw.id(), gw.name(), applyRoute(p, gw.route(), v),
                        gw.infrastructureUsdPerMonth(), gw.infrastructureSource(), gw.staffing());
            };
            case OptionSpec.RentedGpus r -> switch (p) {
                case GPU_USD_PER_HOUR -> new OptionSpec.RentedGpus(r.id(), r.name(), r.model(),
                        r.rental().withUsdPerGpuHour(v), r.plan(), r.staffing(), r.running());
                case ENGINEER_FTE, LOADED_SALARY_USD_PER_YEAR -> new OptionSpec.RentedGpus(r.id(), r.name(), r.model(),
                        r.rental(), r.plan(), applyStaffing(p, r.staffing(), v), r.running());
                case MONITORING_USD_PER_MONTH, STORAGE_USD_PER_MONTH, EGRESS_USD_PER_GB, OTHER_USD_PER_MONTH ->
                        new OptionSpec.RentedGpus(r.id(), r.name(), r.model(), r.rental(), r.plan(), r.staffing(),
                                applyRunning(p, r.running(), v));
                default -> new OptionSpec.RentedGpus(r.id(), r.name(), r.model(), r.rental(),
                        applyPlan(p, r.plan(), v, count), r.staffing(), r.running());
            };
            case OptionSpec.OwnedGpus g -> {
                if (ownedField(p) != null) {
                    yield new OptionSpec.OwnedGpus(g.id(), g.name(), g.model(), g.hardware().with(ownedField(p), v),
                            g.plan(), g.staffing(), g.running());
                }
                yield switch (p) {
                    case ENGINEER_FTE, LOADED_SALARY_USD_PER_YEAR -> new OptionSpec.OwnedGpus(g.id(), g.name(), g.model(),
                            g.hardware(), g.plan(), applyStaffing(p, g.staffing(), v), g.running());
                    case MONITORING_USD_PER_MONTH, STORAGE_USD_PER_MONTH, EGRESS_USD_PER_GB, OTHER_USD_PER_MONTH ->
                            new OptionSpec.OwnedGpus(g.id(), g.name(), g.model(), g.hardware(), g.plan(), g.staffing(),
                                    applyRunning(p, g.running(), v));
                    default -> new OptionSpec.OwnedGpus(g.id(), g.name(), g.model(), g.hardware(),
                            applyPlan(p, g.plan(), v, count), g.staffing(), g.running());
                };
            }
            case OptionSpec.Mix m -> m;
        };
    }

    /** Whether the option has this input (a self-hosted option's own peak factor may be unset: it then follows the workload). */
    public static boolean supports(Parameter p, OptionSpec o) {
        return read(p, o).isPresent() || p == Parameter.PEAK_FACTOR && o.kind().hostsTheModel();
    }

    private static BigDecimal readRoute(Parameter p, ApiRoute route) {
        GatewayTerms gw = route.gateway();
        return switch (p) {
            case INPUT_USD_PER_MILLION -> route.price().rates().perMillion(UsageBucket.UNCACHED_INPUT);
            case OUTPUT_USD_PER_MILLION -> route.price().rates().perMillion(UsageBucket.OUTPUT_TEXT);
            case NEGOTIATED_DISCOUNT -> route.negotiatedDiscount();
            case PROXY_FEE -> route.proxyFee();
            case TOKEN_MARKUP -> gw == null ? null : gw.fees().tokenMarkup();
            case TOP_UP_FEE -> gw == null || gw.fees().topUp() == null ? null : gw.fees().topUp().fraction();
            case TOP_UP_USD -> gw == null || gw.fees().topUp() == null ? null : gw.topUpUsd();
            default -> null;
        };
    }

    private static ApiRoute applyRoute(Parameter p, ApiRoute route, BigDecimal v) {
        return switch (p) {
            case INPUT_USD_PER_MILLION -> route.withPrice(withRate(route.price(), UsageBucket.UNCACHED_INPUT, v));
            case OUTPUT_USD_PER_MILLION -> route.withPrice(withRate(route.price(), UsageBucket.OUTPUT_TEXT, v));
            case NEGOTIATED_DISCOUNT -> route.withNegotiatedDiscount(v);
            case PROXY_FEE -> route.withProxyFee(v);
            case TOKEN_MARKUP -> route.withGateway(route.gateway().withFees(withMarkup(route.gateway().fees(), v)));
            case TOP_UP_FEE -> route.withGateway(route.gateway().withFees(withTopUpFee(route.gateway().fees(), v)));
            case TOP_UP_USD -> route.withGateway(route.gateway().withTopUpUsd(v));
            default -> throw new IllegalArgumentException(p.key() + " is not an API input");
        };
    }

    private static PriceEntry withRate(PriceEntry entry, UsageBucket bucket, BigDecimal perMillion) {
        Rates changed = entry.rates().overriddenBy(Rates.builder().setPerMillion(bucket, perMillion).build());
        return entry.toBuilder().rates(changed).build();
    }

    private static GatewayFeeModel withMarkup(GatewayFeeModel m, BigDecimal markup) {
        return new GatewayFeeModel(m.id(), m.name(), m.route(), m.provenance(), markup, m.perRequestFee(), m.topUp(),
                m.byok(), m.plans(), m.markupIsUserSetting(), m.notes());
    }

    private static GatewayFeeModel withTopUpFee(GatewayFeeModel m, BigDecimal fraction) {
        GatewayFeeModel.TopUpFee topUp = new GatewayFeeModel.TopUpFee(fraction, m.topUp().minimumUsd(), m.topUp().method());
        return new GatewayFeeModel(m.id(), m.name(), m.route(), m.provenance(), m.tokenMarkup(), m.perRequestFee(), topUp,
                m.byok(), m.plans(), m.markupIsUserSetting(), m.notes());
    }

    private static BigDecimal readStaffing(Parameter p, Staffing s) {
        return p == Parameter.ENGINEER_FTE ? s.fte() : s.loadedSalaryUsdPerYear();
    }

    private static Staffing applyStaffing(Parameter p, Staffing s, BigDecimal v) {
        return p == Parameter.ENGINEER_FTE ? s.withFte(v) : s.withLoadedSalary(v);
    }

    private static BigDecimal readSelfHosted(Parameter p, ReplicaPlan plan, Staffing staffing, RunningCosts running) {
        return switch (p) {
            case OUTPUT_TOKENS_PER_SECOND -> plan.outputTokensPerSecond();
            case PEAK_FACTOR -> plan.peakFactor();
            case MAX_UTILISATION -> plan.maxUtilisation();
            case MIN_REPLICAS -> BigDecimal.valueOf(plan.minReplicas());
            case REDUNDANT_REPLICAS -> BigDecimal.valueOf(plan.redundantReplicas());
            case ENGINEER_FTE, LOADED_SALARY_USD_PER_YEAR -> readStaffing(p, staffing);
            case MONITORING_USD_PER_MONTH -> running.monitoringUsdPerMonth();
            case STORAGE_USD_PER_MONTH -> running.storageUsdPerMonth();
            case EGRESS_USD_PER_GB -> running.egressUsdPerGb();
            case OTHER_USD_PER_MONTH -> running.otherUsdPerMonth();
            default -> null;
        };
    }

    private static ReplicaPlan applyPlan(Parameter p, ReplicaPlan plan, BigDecimal v, int count) {
        return switch (p) {
            case OUTPUT_TOKENS_PER_SECOND -> plan.withOutputTokensPerSecond(v);
            case PEAK_FACTOR -> plan.withPeakFactor(v);
            case MAX_UTILISATION -> plan.withMaxUtilisation(v);
            case MIN_REPLICAS -> plan.withMinReplicas(count);
            case REDUNDANT_REPLICAS -> plan.withRedundantReplicas(count);
            default -> throw new IllegalArgumentException(p.key() + " is not a replica input");
        };
    }

    private static RunningCosts applyRunning(Parameter p, RunningCosts r, BigDecimal v) {
        return switch (p) {
            case MONITORING_USD_PER_MONTH -> r.withMonitoring(v);
            case STORAGE_USD_PER_MONTH -> r.withStorage(v);
            case EGRESS_USD_PER_GB -> r.withEgress(v);
            case OTHER_USD_PER_MONTH -> r.withOther(v);
            default -> throw new IllegalArgumentException(p.key() + " is not a running cost");
        };
    }

    /** The {@link OwnedHardware} field a parameter sets, or {@code null}. */
    private static String ownedField(Parameter p) {
        return switch (p) {
            case CAPEX_USD_PER_REPLICA, RESIDUAL_FRACTION, YEARS, COST_OF_CAPITAL_PER_YEAR, POWER_KW_PER_REPLICA,
                 LOAD_FACTOR, PUE, USD_PER_KWH, COLOCATION_USD_PER_KW_MONTH, MAINTENANCE_FRACTION_PER_YEAR -> p.key();
            default -> null;
        };
    }

    private static BigDecimal readOwned(Parameter p, OwnedHardware hw) {
        return switch (p) {
            case CAPEX_USD_PER_REPLICA -> hw.capexUsdPerReplica();
            case RESIDUAL_FRACTION -> hw.residualFraction();
            case YEARS -> BigDecimal.valueOf(hw.years());
            case COST_OF_CAPITAL_PER_YEAR -> hw.costOfCapitalPerYear();
            case POWER_KW_PER_REPLICA -> hw.powerKwPerReplica();
            case LOAD_FACTOR -> hw.loadFactor();
            case PUE -> hw.pue();
            case USD_PER_KWH -> hw.usdPerKwh();
            case COLOCATION_USD_PER_KW_MONTH -> hw.colocationUsdPerKwMonth();
            case MAINTENANCE_FRACTION_PER_YEAR -> hw.maintenanceFractionPerYear();
            default -> null;
        };
    }
}
