package dev.ratecard.workspace.costing;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.importers.usage.UsageImport;
import dev.ratecard.pricing.AliasTable;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.workspace.pipeline.ParallelSink;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Prices usage, a file or the stored workspace, and reconciles what sources reported with what the rows cost
 * at direct list prices. For both front ends; the cost engine does the arithmetic.
 */
public final class CostService {
    /** OpenRouter's fee model for credits bought by card, the common case; BYOK and crypto are scenarios. */
    static final String OPENROUTER_FEES = "openrouter-card";
    private static final int PROGRESS_EVERY = 8_192;

    private final PriceSources sources;
    private final AliasTable aliases;
    private final CostEngine engine = new CostEngine();
    private final UsageImport reader = new UsageImport();

    /** @param aliases the user's alias table, which wins over every sheet's own names */
    public CostService(PriceSources sources, AliasTable aliases) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /**
     * Prices {@code usage} at {@code choice}'s prices.
     *
     * @throws ImportException if the usage file cannot be read at all; rows that cannot be read are left out and
     *                         listed in {@link CostRun#read()}
     */
    public CostRun price(UsageSource usage, PriceChoice choice, Progress progress) throws IOException, ImportException {
        UsagePricer pricer = pricer(choice);
        ReadSummary read = feed(usage, pricer::add, progress);
        return new CostRun(pricer.finish(), read);
    }

    /** Compares each reported cost with the same rows at their model provider's direct list price. */
    public ReconcileRun reconcile(UsageSource usage, Progress progress) throws IOException, ImportException {
        Reconciler reconciler = new Reconciler(() -> pricer(new PriceChoice.DirectList()));
        ReadSummary read = feed(usage, reconciler::add, progress);
        return new ReconcileRun(reconciler.finish(), read);
    }

    /** A pricing run to feed by hand, e.g. from rows already in memory. */
    public UsagePricer pricer(PriceChoice choice) {
        Map<String, GatewayFeeModel> gateways = Map.of();
        if (choice instanceof PriceChoice.ByRoute) {
            try {
                gateways = Map.of(Routes.OPENROUTER, sources.gateway(OPENROUTER_FEES));
            } catch (ImportException brokenBuild) {
                throw PriceSources.brokenBuild(brokenBuild);
            }
        }
        return new UsagePricer(new SheetRouting(choice, sources, aliases), engine, gateways);
    }

    private ReadSummary feed(UsageSource usage, Consumer<UsageRecord> consumer, Progress progress)
            throws IOException, ImportException {
        Consumer<UsageRecord> filtered = inRange(usage.filter(), consumer);
        return switch (usage) {
            case UsageSource.File file -> ParallelSink.run(
                    handOff -> reader.read(file.file(), file.options(), handOff, progress), filtered::accept);
            case UsageSource.Stored stored -> {
                streamStored(stored, consumer, progress);
                yield null;
            }
        };
    }

    private static void streamStored(UsageSource.Stored stored, Consumer<UsageRecord> consumer, Progress progress) {
        long[] rows = {0};
        progress.update(0, -1);
        try (Stream<UsageRecord> records = stored.database().usage().stream(stored.filter())) {
            records.forEach(record -> {
                consumer.accept(record);
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.update(rows[0], -1);
                    progress.checkCancelled();
                }
            });
        }
        progress.update(rows[0], rows[0]);
    }

    /** A file's rows are filtered here; stored rows are filtered by the query. */
    private static Consumer<UsageRecord> inRange(UsageFilter filter, Consumer<UsageRecord> consumer) {
        if (filter.from() == null && filter.to() == null) {
            return consumer;
        }
        Instant from = filter.from();
        Instant to = filter.to();
        return record -> {
            if ((from == null || !record.start().isBefore(from)) && (to == null || record.start().isBefore(to))) {
                consumer.accept(record);
            }
        };
    }
}
