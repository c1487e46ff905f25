package dev.ratecard.report.inputs;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.pricing.AliasTable;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.report.ReportInput;
import dev.ratecard.report.StoredUsageBasis;
import dev.ratecard.report.UsageBasis;
import dev.ratecard.store.ModelAlias;
import dev.ratecard.store.ScenarioSummary;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What both front ends read to make a report: scenarios from files or saved in the workspace, evaluated, and the
 * workspace's stored usage. The command line opens the database only for as long as each call needs it, and only if
 * it exists: making a report never creates a workspace. The window shares the workspace it holds open.
 */
public final class ReportInputs {
    private final ScenarioService scenarios;
    private final WorkspaceReads workspace;
    private final BundledCatalogue catalogue;

    /**
     * @param database the workspace database, opened for each read, or empty to read files only
     */
    public ReportInputs(ScenarioService scenarios, Optional<Path> database, BundledCatalogue catalogue) {
        this(scenarios, database.map(WorkspaceReads::openedEachTime).orElseGet(WorkspaceReads::none), catalogue);
    }

    private ReportInputs(ScenarioService scenarios, WorkspaceReads workspace, BundledCatalogue catalogue) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The bundled scenario service and catalogue, and the workspace at {@code database} opened for each read. */
    public static ReportInputs bundled(Optional<Path> database) {
        return new ReportInputs(ScenarioService.bundled(), database, BundledCatalogue.load());
    }

    /** An open workspace's scenario service, catalogue and database, shared, not closed. */
    public static ReportInputs of(Workspace open) {
        return new ReportInputs(open.scenarios(), WorkspaceReads.shared(open.database()), open.catalogue());
    }

    /** The names of the scenarios saved in the workspace, in the store's order; none without a workspace. */
    public List<String> storedScenarioNames() {
        return workspace.apply(db -> db.scenarios().list().stream().map(ScenarioSummary::name).toList()).orElse(List.of());
    }

    /** A scenario file, read, resolved and evaluated. */
    public ReportInput file(Path file) throws ScenarioFileException, IOException {
        String name = file.getFileName().toString();
        return evaluate(Files.readString(file, StandardCharsets.UTF_8), name, "file " + name);
    }

    /** A saved scenario by its name; empty when the workspace has none of that name. */
    public Optional<ReportInput> stored(String name) throws ScenarioFileException {
        Optional<StoredScenario> stored = workspace.apply(db -> db.scenarios().findByName(name)).flatMap(s -> s);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(evaluate(stored.get().json(), stored.get().name(), "saved scenario \"" + stored.get().name() + "\""));
    }

    /** The workspace's stored usage, priced against the bundled catalogue and the user's aliases; empty without any. */
    public Optional<UsageBasis> storedUsage() throws ImportException {
        return workspace.apply(this::storedUsage).flatMap(basis -> basis);
    }

    private Optional<UsageBasis> storedUsage(WorkspaceDatabase db) throws ImportException {
        if (db.usage().isEmpty()) {
            return Optional.empty();
        }
        AliasTable aliases = AliasTable.empty();
        for (ModelAlias alias : db.aliases().list()) {
            aliases = aliases.with(alias.rawName(), alias.provider(), alias.modelId());
        }
        List<PriceEntry> entries = catalogue.sheets().stream()
                .flatMap((PriceSheetRead read) -> read.sheet().entries().stream()).toList();
        return new StoredUsageBasis(new CostEngine(), new ModelMatcher(entries, aliases)).read(db.usage());
    }

    private ReportInput evaluate(String text, String file, String origin) throws ScenarioFileException {
        ScenarioDocument document = scenarios.read(text, file);
        return ReportInput.of(document, scenarios.evaluate(scenarios.resolve(document, file)), origin);
    }
}
