package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.ThroughputProfile;
import dev.ratecard.scenario.Wording;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.catalogue.CatalogueEntry;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the editor's pickers list, with what a buyer needs to choose: every price sheet, gateway fee model (and
 * its plans), GPU offer and throughput profile of the catalogue, each with its figure and its source and date;
 * and the self-hosting defaults an empty field takes, with theirs.
 */
public record ScenarioChoices(List<ChoiceField.Choice> sheets, List<GatewayFeeModel> gateways, List<GpuOffer> offers,
                       List<ThroughputProfile> profiles, SelfHostDefaults defaults) {
    public ScenarioChoices {
        sheets = List.copyOf(sheets);
        gateways = List.copyOf(gateways);
        offers = List.copyOf(offers);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(defaults, "defaults");
    }

    /** Reads the catalogue's small files (gateways, offers, profiles); price sheets are only listed, not read. */
    public static ScenarioChoices of(BundledCatalogue catalogue, SelfHostDefaults defaults) throws ImportException {
        List<ChoiceField.Choice> sheets = catalogue.entries(CatalogueEntry.Kind.PRICE_SHEET).stream()
                .map(e -> new ChoiceField.Choice(e.id(), e.name(), cite(e.source(), e.asOf().toString()))).toList();
        return new ScenarioChoices(sheets, catalogue.gateways().values(), catalogue.gpuOffers().values(),
                catalogue.throughput().values(), defaults);
    }

    List<ChoiceField.Choice> gatewayChoices() {
        return gateways.stream().map(g -> new ChoiceField.Choice(g.id(), g.name(), cite(g.provenance()))).toList();
    }

    List<ChoiceField.Choice> planChoices(String gatewayId) {
        return gateway(gatewayId).map(g -> g.plans().stream().map(p -> new ChoiceField.Choice(p.name(), p.name(),
                (p.isPriced() ? Wording.dollars(p.monthlyFeeUsd()) + "/month" : "no public price: enter the fee you pay")
                        + ", " + String.format(java.util.Locale.ROOT, "%,d", p.includedRequests()) + " requests included"))
                .toList()).orElse(List.of());
    }

    List<ChoiceField.Choice> offerChoices() {
        return offers.stream().map(o -> new ChoiceField.Choice(o.id(),
                o.provider() + " " + o.product() + " \u2013 " + o.gpu() + " at " + Wording.dollars(o.usdPerGpuHour()) + "/GPU-hour",
                cite(o.provenance()))).toList();
    }

    List<ChoiceField.Choice> profileChoices() {
        return profiles.stream().map(p -> new ChoiceField.Choice(p.id(), profileLabel(p), cite(p.provenance()))).toList();
    }

    static String profileLabel(ThroughputProfile p) {
        return p.model() + " " + p.precision() + " on " + p.gpuCount() + " \u00d7 " + p.gpu() + ", " + p.engine() + ": "
                + Wording.number(p.outputTokensPerSecond(), 2) + " output tokens/s"
                + (p.concurrency() == null ? "" : " at " + p.concurrency() + " concurrent");
    }

    Optional<GatewayFeeModel> gateway(String id) {
        return gateways.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    Optional<GpuOffer> offer(String id) {
        return offers.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    Optional<ThroughputProfile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The bundled default for {@code key}, if it has a value (some rows give only a sensitivity range). */
    Optional<SelfHostDefaults.Entry> defaultFor(String key) {
        return key == null ? Optional.empty() : defaults.get(key).filter(e -> e.value() != null);
    }

    static String cite(Provenance provenance) {
        return cite(provenance.source(), provenance.asOf().toString());
    }

    static String cite(String source, String asOf) {
        return source + ", as of " + asOf;
    }

    /** A default's value as the field shows it, e.g. {@code 80} for a 0.8 share. */
    static String shown(FieldSpec spec, BigDecimal value) {
        return FieldValues.display(spec.format(), value);
    }
}
