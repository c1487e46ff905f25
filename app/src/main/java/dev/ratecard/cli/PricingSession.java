package dev.ratecard.cli;

import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.costing.CostService;
import dev.ratecard.workspace.costing.PriceSources;
import dev.ratecard.workspace.costing.UsageSource;

/**
 * What {@code cost} and {@code reconcile} work with: the bundled sheets, the workspace if the usage or the
 * alias table comes from one, the cost service, and the usage to price.
 */
final class PricingSession implements AutoCloseable {
    final PriceSources sources = new PriceSources(BundledCatalogue.load());
    final WorkspaceDatabase database;
    final CostService service;
    final UsageSource usage;
    /** The usage as the output names it: the file as given, or the workspace's path. */
    final String usageName;

    PricingSession(UsageOptions options) {
        this.database = options.openWorkspace();
        try {
            this.service = new CostService(sources, UsageOptions.aliases(database));
            this.usage = options.source(database);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.usageName = options.fromWorkspace() ? "workspace " + database.file() : options.usage;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
