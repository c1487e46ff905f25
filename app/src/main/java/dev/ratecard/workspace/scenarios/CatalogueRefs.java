package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.scenario.GatewayTerms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Resolves a scenario file's references into the catalogue, applying the overrides the file gives. */
final class CatalogueRefs {
    private final ScenarioCatalogue catalogue;
    private final Resolution r;

    CatalogueRefs(ScenarioCatalogue catalogue, Resolution resolution) {
        this.catalogue = catalogue;
        this.r = resolution;
    }

    PriceEntry price(References.Price ref, String path) throws ScenarioFileException {
        Rates overrides = rates(ref.rates(), path + ".rates");
        if (ref.sheet() == null) {
            if (ref.provider() == null || ref.rates() == null || ref.source() == null || ref.asOf() == null) {
                throw r.error(path, "a price of the file's own needs provider, model, rates, source and as_of"
                        + " (or give sheet to take it from the catalogue)");
            }
            return PriceEntry.builder(ref.provider(), ref.model()).rates(overrides)
                    .provenance(Provenance.of(ref.source(), date(ref.asOf(), path + ".as_of"))).build();
        }
        if (!catalogue.hasSheet(ref.sheet())) {
            throw r.error(path + ".sheet", "the catalogue has no price sheet \"" + ref.sheet() + "\"");
        }
        PriceEntry entry = catalogue.priceEntry(ref.sheet(), ref.model()).orElseThrow(() -> r.error(path + ".model",
                "price sheet \"" + ref.sheet() + "\" has no model \"" + ref.model() + "\""));
        if (ref.rates() == null) {
            return entry;
        }
        Provenance p = entry.provenance();
        String changed = String.join(", ", ref.rates().keySet());
        return entry.toBuilder().rates(entry.rates().overriddenBy(overrides))
                .provenance(new Provenance(p.source() + "; " + changed + " set in the scenario"
                        + (ref.source() == null ? "" : " (" + ref.source() + ")"), p.asOf(), p.note()))
                .build();
    }

    private Rates rates(Map<String, BigDecimal> given, String path) throws ScenarioFileException {
        Rates.Builder b = Rates.builder();
        if (given == null) {
            return b.build();
        }
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            String key = switch (e.getKey()) {
                case "input" -> "uncached_input";
                case "output" -> "output_text";
                default -> e.getKey();
            };
            UsageBucket bucket = UsageBucket.fromKey(key).orElseThrow(() -> r.error(path + "." + e.getKey(),
                    "not a usage bucket; known: " + String.join(", ", UsageBucket.all().stream().map(UsageBucket::key).toList())));
            if (e.getValue().signum() < 0) {
                throw r.error(path + "." + e.getKey(), "a rate cannot be negative (got " + e.getValue().toPlainString() + ")");
            }
            if (bucket.isToken()) {
                b.setPerMillion(bucket, e.getValue());
            } else {
                b.set(bucket, e.getValue());
            }
        }
        return b.build();
    }

    LocalDate date(String text, String path) throws ScenarioFileException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw r.error(path, "\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    GatewayTerms gateway(References.Gateway ref, String path) throws ScenarioFileException {
        GatewayFeeModel m = catalogue.gateway(ref.id())
                .orElseThrow(() -> r.error(path + ".id", "the catalogue has no gateway fee model \"" + ref.id() + "\""));
        if (ref.tokenMarkup() != null || ref.topUpFee() != null || ref.planFeeUsd() != null) {
            m = overridden(m, ref, path);
        }
        GatewayFeeModel fees = m;
        return r.at(path, () -> new GatewayTerms(fees, ref.plan(), ref.topUpUsd(), Boolean.TRUE.equals(ref.byok())));
    }

    private GatewayFeeModel overridden(GatewayFeeModel m, References.Gateway ref, String path) throws ScenarioFileException {
        GatewayFeeModel.TopUpFee topUp = m.topUp();
        if (ref.topUpFee() != null) {
            if (topUp == null) {
                throw r.error(path + ".top_up_fee", "gateway " + m.id() + " sells no credits to put a fee on");
            }
            topUp = new GatewayFeeModel.TopUpFee(ref.topUpFee(), topUp.minimumUsd(), topUp.method());
        }
        List<GatewayFeeModel.GatewayPlan> plans = new ArrayList<>(m.plans());
        if (ref.planFeeUsd() != null) {
            if (ref.plan() == null) {
                throw r.error(path + ".plan_fee_usd", "give the plan it is the fee of");
            }
            for (int i = 0; i < plans.size(); i++) {
                GatewayFeeModel.GatewayPlan p = plans.get(i);
                if (p.name().equals(ref.plan())) {
                    plans.set(i, new GatewayFeeModel.GatewayPlan(p.name(), ref.planFeeUsd(), p.includedRequests(),
                            p.overagePerBlockUsd(), p.blockSize()));
                }
            }
        }
        Provenance p = m.provenance();
        return new GatewayFeeModel(m.id(), m.name(), m.route(), new Provenance(p.source() + "; fees set in the scenario",
                p.asOf(), p.note()), ref.tokenMarkup() != null ? ref.tokenMarkup() : m.tokenMarkup(), m.perRequestFee(),
                topUp, m.byok(), plans, m.markupIsUserSetting(), m.notes());
    }

    /** The rent: a GPU offer with its provenance, or the file's own price. */
    Rent gpu(References.Gpu ref, String path) throws ScenarioFileException {
        if (ref.offer() == null) {
            if (ref.usdPerGpuHour() == null || ref.gpu() == null) {
                throw r.error(path, "give offer (a GPU offer id), or gpu and usd_per_gpu_hour of your own");
            }
            String source = ref.source() == null ? "scenario" : ref.source() + (ref.asOf() == null ? "" : ", as of " + ref.asOf());
            return new Rent(ref.gpu(), ref.usdPerGpuHour(), source);
        }
        GpuOffer offer = catalogue.gpuOffer(ref.offer())
                .orElseThrow(() -> r.error(path + ".offer", "the catalogue has no GPU offer \"" + ref.offer() + "\""));
        String cited = offer.provider() + " " + offer.product() + " " + offer.gpu() + " at $" + offer.usdPerGpuHour().toPlainString()
                + "/GPU-h (" + offer.provenance().source() + ", as of " + offer.provenance().asOf() + ")";
        if (ref.usdPerGpuHour() != null) {
            return new Rent(ref.gpu() != null ? ref.gpu() : offer.gpu(), ref.usdPerGpuHour(),
                    "usd_per_gpu_hour set in the scenario" + (ref.source() == null ? "" : " (" + ref.source() + ")")
                            + " over " + cited);
        }
        return new Rent(ref.gpu() != null ? ref.gpu() : offer.gpu(), offer.usdPerGpuHour(), cited);
    }

    record Rent(String gpu, BigDecimal usdPerGpuHour, String source) {
    }

    /** X_out@SLO: a throughput profile (with the request lengths and GPU count it was measured at) or the file's own figure. */
    Measured throughput(References.Throughput ref, String path) throws ScenarioFileException {
        if (ref.profile() == null) {
            if (ref.outputTokensPerSecond() == null) {
                throw r.error(path, "give profile (a throughput profile id), or output_tokens_per_second of your own");
            }
            return new Measured(ref.outputTokensPerSecond(), ref.inputTokens(), ref.outputTokens(), null,
                    ref.source() == null ? "scenario" : ref.source());
        }
        ThroughputProfile p = catalogue.throughput(ref.profile())
                .orElseThrow(() -> r.error(path + ".profile", "the catalogue has no throughput profile \"" + ref.profile() + "\""));
        String cited = p.id() + ": " + p.engine() + " " + p.engineVersion() + ", " + p.model() + " " + p.precision() + " on "
                + p.gpuCount() + " × " + p.gpu() + (p.proxyFor() == null ? "" : ", a stand-in for " + p.proxyFor())
                + " (" + p.provenance().source() + ", as of " + p.provenance().asOf() + ")";
        if (ref.outputTokensPerSecond() != null) {
            return new Measured(ref.outputTokensPerSecond(), ref.inputTokens(), ref.outputTokens(), null,
                    "output_tokens_per_second set in the scenario" + (ref.source() == null ? "" : " (" + ref.source() + ")")
                            + " over " + cited);
        }
        Long in = ref.inputTokens() != null ? ref.inputTokens() : p.inputTokens() == null ? null : p.inputTokens().longValue();
        Long out = ref.outputTokens() != null ? ref.outputTokens() : p.outputTokens() == null ? null : p.outputTokens().longValue();
        return new Measured(p.outputTokensPerSecond(), in, out, p.gpuCount(), cited);
    }

    /**
     * @param gpuCount the GPUs the figure was measured on, when it comes from a profile
     */
    record Measured(BigDecimal outputTokensPerSecond, Long inputTokens, Long outputTokens, Integer gpuCount, String source) {
    }
}
