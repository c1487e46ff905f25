package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.workspace.scenarios.OptionDocument;

import java.util.List;

/** An open model served on servers you buy: hardware and power, throughput, replicas, engineer, running costs. */
final class OwnedHardwareEditor extends OptionEditor {
    static final FieldSpec GPU = FieldSpec.text("GPU", ".gpu")
            .required("Name the GPU, e.g. H100 SXM: it picks the capex and power defaults");

    private final ParameterField model;
    private final ParameterField gpu;
    private final HardwareFields hardware;
    private final ReplicaFields replicas;
    private final StaffFields staff;
    private final RunningCostFields running;

    OwnedHardwareEditor(EditorContext context, OptionDocument.OwnedHardware doc) {
        super(context, OptionKind.OWNED_HARDWARE, doc.id(), doc.name());
        model = fields.parameter(RentedGpusEditor.MODEL, doc.model());
        gpu = fields.parameter(GPU, doc.gpu());
        hardware = new HardwareFields(fields, context.choices(), doc.hardware());
        replicas = new ReplicaFields(fields, context.choices(), doc.throughput(), doc.gpusPerReplica(), doc.peakFactor(),
                doc.maxUtilisation(), doc.minReplicas(), doc.redundantReplicas());
        staff = new StaffFields(fields, doc.engineer(), false);
        running = new RunningCostFields(fields, doc.runningCosts());
        Runnable describe = () -> hardware.describeFor(gpu::string, replicas::gpusInUse);
        allFields().forEach(field -> field.input().addListener(observable -> describe.run()));
        describe.run();
    }

    @Override
    List<FormSection> sections() {
        return List.of(FormSection.of("Option", "", name, model, gpu), hardware.section(), replicas.throughputSection(),
                replicas.replicaSection(null), staff.section(), running.section());
    }

    @Override
    OptionDocument toDocument() {
        return new OptionDocument.OwnedHardware(id(), name.string(), model.string(), gpu.string(),
                replicas.gpusPerReplica(), hardware.toPart(), replicas.toThroughput(), replicas.peakFactor(),
                replicas.maxUtilisation(), replicas.minReplicas(), replicas.redundantReplicas(), staff.toPart(),
                running.toPart());
    }
}
