package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.model.GpuOffer;
import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.Wording;
import dev.ratecard.workspace.scenarios.OptionDocument;
import dev.ratecard.workspace.scenarios.References;
import javafx.beans.binding.Bindings;

import java.math.BigDecimal;
import java.util.List;

/** An open model served on rented GPUs: the offer and its price, throughput, replicas, engineer, running costs. */
final class RentedGpusEditor extends OptionEditor {
    static final FieldSpec MODEL = FieldSpec.text("Model served", ".model").required("Enter the model the GPUs serve");
    static final FieldSpec GPU_NAME = FieldSpec.text("GPU", ".gpu.gpu");
    static final FieldSpec GPU_PRICE = FieldSpec.decimal("GPU price", "USD per GPU-hour", ".gpu.usd_per_gpu_hour")
            .atLeast(new BigDecimal("0.0001"));
    static final FieldSpec GPU_SOURCE = FieldSpec.text("Source of the price", ".gpu.source");
    static final FieldSpec GPU_AS_OF = FieldSpec.text("As of (YYYY-MM-DD)", ".gpu.as_of");

    private final ScenarioChoices choices;
    private final ParameterField model;
    private final ChoiceField offer;
    private final ParameterField gpuName;
    private final ParameterField gpuPrice;
    private final ParameterField gpuSource;
    private final ParameterField gpuAsOf;
    private final FlagField alwaysOn;
    private final ReplicaFields replicas;
    private final StaffFields staff;
    private final RunningCostFields running;

    RentedGpusEditor(EditorContext context, OptionDocument.RentedGpus doc) {
        super(context, OptionKind.RENTED_GPUS, doc.id(), doc.name());
        choices = context.choices();
        References.Gpu gpu = doc.gpu();
        model = fields.parameter(MODEL, doc.model());
        offer = fields.choice("GPU offer", ".gpu.offer", "A price of your own", choices.offerChoices(), gpu.offer());
        gpuName = fields.parameter(GPU_NAME, gpu.gpu());
        gpuPrice = fields.parameter(GPU_PRICE, gpu.usdPerGpuHour());
        gpuSource = fields.parameter(GPU_SOURCE, gpu.source());
        gpuAsOf = fields.parameter(GPU_AS_OF, gpu.asOf());
        alwaysOn = fields.flag("Always on", ".always_on", true, doc.alwaysOn());
        alwaysOn.setNote("Off: billed only for the GPU-hours the traffic needs (per-second billing, cold starts "
                + "ignored: a lower bound).");
        replicas = new ReplicaFields(fields, choices, doc.throughput(), doc.gpusPerReplica(), doc.peakFactor(),
                doc.maxUtilisation(), doc.minReplicas(), doc.redundantReplicas());
        staff = new StaffFields(fields, doc.engineer(), false);
        running = new RunningCostFields(fields, doc.runningCosts());
        offer.valueProperty().addListener(observable -> describeOffer());
        describeOffer();
    }

    @Override
    List<FormSection> sections() {
        FormSection own = FormSection.of("Your own GPU price", "Where a price of your own comes from.", gpuSource, gpuAsOf)
                .shownWhen(Bindings.createBooleanBinding(() -> offer.value() == null, offer.valueProperty()));
        return List.of(FormSection.of("Option", "", name, model),
                FormSection.of("GPUs", "Pick an offer from the catalogue; enter a price to use your own rate for it.",
                        offer, gpuName, gpuPrice),
                own, replicas.throughputSection(), replicas.replicaSection(alwaysOn), staff.section(), running.section());
    }

    @Override
    OptionDocument toDocument() {
        References.Gpu gpu = new References.Gpu(offer.value(), gpuName.string(), gpuPrice.decimal(), gpuSource.string(),
                gpuAsOf.string());
        return new OptionDocument.RentedGpus(id(), name.string(), model.string(), gpu, replicas.gpusPerReplica(),
                replicas.toThroughput(), alwaysOn.forFile(), replicas.peakFactor(), replicas.maxUtilisation(),
                replicas.minReplicas(), replicas.redundantReplicas(), staff.toPart(), running.toPart());
    }

    @Override
    void describe(OptionSpec resolved) {
        if (resolved instanceof OptionSpec.RentedGpus rented) {
            gpuPrice.setNote("In use: " + Wording.dollars(rented.rental().usdPerGpuHour()) + "/GPU-hour \u2013 "
                    + rented.rental().source());
        }
    }

    private void describeOffer() {
        GpuOffer o = choices.offer(offer.value()).orElse(null);
        offer.setNote(o == null ? "" : o.provider() + " " + o.product() + ", " + o.gpu() + ", " + o.pricingModel()
                + (o.region() == null ? "" : ", " + o.region()) + " (" + ScenarioChoices.cite(o.provenance()) + ")");
        gpuPrice.setPlaceholder(o == null ? "" : o.usdPerGpuHour().toPlainString() + " (offer)");
        gpuName.setPlaceholder(o == null ? "e.g. H100 SXM" : o.gpu() + " (offer)");
    }
}
