package dev.ratecard.workspace;

import dev.ratecard.pricing.AliasTable;
import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.store.ModelAlias;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.costing.CostService;
import dev.ratecard.workspace.costing.PriceSources;
import dev.ratecard.workspace.importing.UsageImportService;
import dev.ratecard.workspace.sample.SampleWorkspace;
import dev.ratecard.workspace.scenarios.BundledScenarioCatalogue;
import dev.ratecard.workspace.scenarios.ScenarioService;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An open workspace and the services that work on it, as the desktop app holds it while it runs: the database, the
 * import service, the bundled price sheets (read when first needed), the scenario service and the sample data.
 * Safe to share between threads, as the database is.
 */
public final class Workspace implements AutoCloseable {
    private final WorkspaceDatabase database;
    private final BundledCatalogue catalogue;
    private final PriceSources prices;
    private final UsageImportService imports;
    private final ScenarioService scenarios;
    private final SampleWorkspace sample;

    /**
     * @param timeZone the zone of timestamps written without one, when an import does not name one
     */
    public Workspace(WorkspaceDatabase database, BundledCatalogue catalogue, ZoneId timeZone) {
        this.database = Objects.requireNonNull(database, "database");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.prices = new PriceSources(catalogue);
        this.imports = new UsageImportService(database, timeZone);
        this.scenarios = new ScenarioService(new BundledScenarioCatalogue(catalogue), SelfHostDefaults.bundled(),
                new CostEngineRoutePricing());
        this.sample = new SampleWorkspace(database, imports, scenarios);
    }

    /** Opens (creating it if need be) the workspace of {@code dataFolder}, or {@code RATECARD_DB}'s. */
    public static Workspace open(Path dataFolder, ZoneId timeZone) {
        WorkspaceDatabase database = WorkspaceDatabase.open(DatabaseLocation.inDataFolder(dataFolder));
        try {
            return new Workspace(database, BundledCatalogue.load(), timeZone);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public WorkspaceDatabase database() {
        return database;
    }

    /** The bundled sheets, fee models, GPU offers and throughput profiles, read on first use and kept. */
    public BundledCatalogue catalogue() {
        return catalogue;
    }

    public PriceSources prices() {
        return prices;
    }

    public UsageImportService imports() {
        return imports;
    }

    public ScenarioService scenarios() {
        return scenarios;
    }

    public SampleWorkspace sample() {
        return sample;
    }

    /** The user's alias table as it is now. */
    public AliasTable aliases() {
        AliasTable table = AliasTable.empty();
        for (ModelAlias alias : database.aliases().list()) {
            table = table.with(alias.rawName(), alias.provider(), alias.modelId());
        }
        return table;
    }

    /** A cost service over the bundled sheets and the alias table as it is now (aliases change; build one per run). */
    public CostService costs() {
        return new CostService(prices, aliases());
    }

    @Override
    public void close() {
        database.close();
    }
}
