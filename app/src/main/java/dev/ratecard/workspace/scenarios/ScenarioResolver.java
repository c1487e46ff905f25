package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.scenario.Focus;
import dev.ratecard.scenario.InvalidParameterException;
import dev.ratecard.scenario.OptionModeler;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.Parameter;
import dev.ratecard.scenario.ParameterAccess;
import dev.ratecard.scenario.ProjectionSettings;
import dev.ratecard.scenario.RoutePricing;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.SensitivityInput;
import dev.ratecard.scenario.SyntheticWorkload;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.scenario.VolumeGrid;
import dev.ratecard.scenario.Workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Resolves a scenario file against the catalogue and the bundled defaults into a {@link Scenario} ready to evaluate.
 * Every option is priced once here, so that an input the engine refuses (a bucket the price entry has no rate for,
 * a share out of range) is reported at its JSON path before anything runs.
 */
public final class ScenarioResolver {
    private final ScenarioCatalogue catalogue;
    private final SelfHostDefaults defaults;
    private final RoutePricing pricing;

    public ScenarioResolver(ScenarioCatalogue catalogue, SelfHostDefaults defaults, RoutePricing pricing) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
    }

    public Scenario resolve(ScenarioDocument doc, String file) throws ScenarioFileException {
        Resolution r = new Resolution(file, defaults);
        CatalogueRefs refs = new CatalogueRefs(catalogue, r);
        Workload workload = workload(doc.workload(), r);
        OptionResolver options = new OptionResolver(r, refs);
        List<OptionSpec> specs = new ArrayList<>();
        for (int i = 0; i < doc.options().size(); i++) {
            specs.add(options.resolve(doc.options().get(i), "$.options[" + i + "]"));
        }
        ScenarioDocument.Focus f = doc.focus();
        ScenarioDocument.VolumeGrid g = doc.volumeGrid();
        ScenarioDocument.Projection p = doc.projection();
        VolumeGrid grid = g == null ? null : r.at("$", () -> new VolumeGrid(g.fromTokens(), g.toTokens(), g.points()));
        ProjectionSettings projection = p == null ? null : r.at("$", () -> new ProjectionSettings(
                p.months() == null ? ProjectionSettings.DEFAULT.months() : p.months(),
                p.discountRatePerYear() == null ? BigDecimal.ZERO : p.discountRatePerYear()));
        List<SensitivityInput> sensitivity = sensitivity(doc.sensitivity(), specs, r);
        Scenario scenario = r.at("$", () -> new Scenario(doc.name(), doc.description(), workload, specs,
                f == null ? null : new Focus(f.subject(), f.baseline()), grid, projection, sensitivity,
                defaults.sensitivityDefaults(), r.notes()));
        checkEveryOptionPrices(scenario, r);
        checkSensitivitySettings(scenario, r);
        return scenario;
    }

    private Workload workload(WorkloadDocument doc, Resolution r) throws ScenarioFileException {
        return switch (doc) {
            case WorkloadDocument.Synthetic s -> {
                String base = "$.workload.synthetic";
                BigDecimal peak = peak(s.peakToAverage(), base, r);
                WorkloadDocument.TokensPerRequest t = s.tokensPerRequest();
                SyntheticWorkload synthetic = r.at(base, () -> new SyntheticWorkload(s.model(), s.tokensPerMonth(),
                        s.outputShare(), orZero(s.cacheHitShare()), orZero(s.cacheWriteShare()), orZero(s.batchShare()),
                        s.requestsPerMonth(), t == null ? null : t.input(), t == null ? null : t.output(), peak,
                        orZero(s.growthPerMonth())));
                yield r.at(base, () -> synthetic.toWorkload("synthetic: " + s.tokensPerMonth() + " tokens/month"));
            }
            case WorkloadDocument.Usage u -> {
                String base = "$.workload.usage";
                List<UsageProfile.Line> lines = new ArrayList<>();
                for (int i = 0; i < u.lines().size(); i++) {
                    WorkloadDocument.UsageLine line = u.lines().get(i);
                    String at = base + ".lines[" + i + "]";
                    lines.add(new UsageProfile.Line(line.model(), line.route(), counts(line.monthly(), at + ".monthly", r),
                            line.batchMonthly() == null ? null : counts(line.batchMonthly(), at + ".batch_monthly", r)));
                }
                BigDecimal peak = peak(u.peakToAverage(), base, r);
                UsageProfile profile = r.at(base, () -> new UsageProfile(u.description(), lines));
                yield r.at(base, () -> profile.toWorkload(peak, orZero(u.growthPerMonth())));
            }
        };
    }

    /** The file's peak-to-average ratio, else the default, noted so that a rough one is said to be rough. */
    private static BigDecimal peak(BigDecimal given, String base, Resolution r) throws ScenarioFileException {
        Resolution.Sourced<BigDecimal> peak = r.decimal(given, "peak_to_average", base + ".peak_to_average");
        if (!peak.source().equals("scenario")) {
            r.notes().add("peak-to-average: " + peak.source());
        }
        return peak.value();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BucketCounts counts(Map<String, Long> given, String path, Resolution r) throws ScenarioFileException {
        BucketCounts.Builder b = BucketCounts.builder();
        for (Map.Entry<String, Long> e : given.entrySet()) {
            UsageBucket bucket = UsageBucket.fromKey(e.getKey()).orElseThrow(() -> r.error(path + "." + e.getKey(),
                    "not a usage bucket; known: " + UsageBucket.all().stream().map(UsageBucket::key).collect(Collectors.joining(", "))));
            if (e.getValue() == null || e.getValue() < 0) {
                throw r.error(path + "." + e.getKey(), "must be a count of 0 or more (got " + e.getValue() + ")");
            }
            b.set(bucket, e.getValue());
        }
        return b.build();
    }

    private static List<SensitivityInput> sensitivity(List<ScenarioDocument.Sensitivity> rows, List<OptionSpec> specs,
                                                      Resolution r) throws ScenarioFileException {
        if (rows == null) {
            return List.of();
        }
        Map<String, OptionSpec> byId = new HashMap<>();
        specs.forEach(s -> byId.put(s.id(), s));
        List<SensitivityInput> inputs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ScenarioDocument.Sensitivity row = rows.get(i);
            String base = "$.sensitivity[" + i + "]";
            List<SensitivityInput.Setting> low = settings(row.low(), base + ".low", byId, r);
            List<SensitivityInput.Setting> high = settings(row.high(), base + ".high", byId, r);
            inputs.add(r.at(base, () -> new SensitivityInput(row.name(), low, high, row.source())));
        }
        return inputs;
    }

    private static List<SensitivityInput.Setting> settings(List<ScenarioDocument.Setting> given, String path,
                                                           Map<String, OptionSpec> options, Resolution r)
            throws ScenarioFileException {
        List<SensitivityInput.Setting> settings = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            ScenarioDocument.Setting s = given.get(j);
            String at = path + "[" + j + "]";
            Parameter parameter = Parameter.fromKey(s.parameter()).orElseThrow(() -> r.error(at + ".parameter",
                    "\"" + s.parameter() + "\" is not a parameter; known: "
                            + Arrays.stream(Parameter.values()).map(Parameter::key).collect(Collectors.joining(", "))));
            if (s.option() != null) {
                OptionSpec option = options.get(s.option());
                if (option == null) {
                    throw r.error(at + ".option", "no option of the scenario has the id \"" + s.option() + "\"");
                }
                if (!ParameterAccess.supports(parameter, option)) {
                    throw r.error(at + ".parameter", "option " + option.id() + " (" + option.kind().key()
                            + ") has no input " + parameter.key());
                }
            }
            settings.add(r.at(at, () -> new SensitivityInput.Setting(s.option(), parameter, s.value())));
        }
        return settings;
    }

    /** Prices each option once so that what the engine refuses is reported at the option's path. */
    private void checkEveryOptionPrices(Scenario scenario, Resolution r) throws ScenarioFileException {
        OptionModeler modeler = new OptionModeler(pricing);
        List<OptionSpec> options = scenario.options();
        for (int i = 0; i < options.size(); i++) {
            OptionSpec option = options.get(i);
            if (!(option instanceof OptionSpec.Mix)) {
                r.at("$.options[" + i + "]", () -> modeler.model(option, scenario.workload(), Map.of()));
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) instanceof OptionSpec.Mix) {
                String path = "$.options[" + i + "]";
                r.at(path, () -> modeler.modelAll(options, scenario.workload()));
            }
        }
    }

    /** Applies every sensitivity setting once, so that a value out of range is reported where it is written. */
    private static void checkSensitivitySettings(Scenario scenario, Resolution r) throws ScenarioFileException {
        List<SensitivityInput> inputs = scenario.sensitivity();
        for (int i = 0; i < inputs.size(); i++) {
            check(scenario, inputs.get(i).low(), "$.sensitivity[" + i + "].low", r);
            check(scenario, inputs.get(i).high(), "$.sensitivity[" + i + "].high", r);
        }
    }

    private static void check(Scenario scenario, List<SensitivityInput.Setting> settings, String path, Resolution r)
            throws ScenarioFileException {
        for (int j = 0; j < settings.size(); j++) {
            SensitivityInput.Setting s = settings.get(j);
            try {
                if (s.option() == null) {
                    ParameterAccess.apply(s.parameter(), scenario.workload(), s.value());
                } else {
                    ParameterAccess.apply(s.parameter(), scenario.option(s.option()), s.value());
                }
            } catch (InvalidParameterException | ArithmeticException e) {
                throw r.error(path + "[" + j + "].value", "cannot set " + s.parameter().key() + " to "
                        + s.value().toPlainString() + ": " + (e instanceof InvalidParameterException ip ? ip.reason() : e.getMessage()));
            }
        }
    }
}
