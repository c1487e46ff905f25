package dev.ratecard.bench;

import java.util.List;

/** The bench commands {@link BenchMain} knows. */
final class BenchCommands {
    private BenchCommands() {
    }

    static List<BenchCommand> all() {
        return List.of(new PricingBench(), new ImportBench(), new InsertStatementBench(), new ReportExportBench(),
                new ScenarioRedrawBench(),
                new CommandStartBench());
    }
}
