package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sensitivity tornado of the focus pair: for each input, the break-even volume with the input at its low and
 * at its high value, around the base break-even, rows in the engine's order (the input that moves it most first).
 * A side where it never breaks even has no volume and reaches the chart's edge.
 */
record TornadoFigure(String title, Outcome base, List<Row> rows) {
    TornadoFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(base, "base");
        rows = List.copyOf(rows);
    }

    /** @param volume the sustained break-even in tokens a month, or {@code null} when there is none */
    record Outcome(Long volume, String text) {
        Outcome {
            Objects.requireNonNull(text, "text");
        }

        static Outcome of(BreakEven breakEven) {
            Long volume = switch (breakEven) {
                case BreakEven.Sustained s -> s.sustained();
                case BreakEven.Undetermined u -> u.settledBeyond();
                case BreakEven.Never n -> null;
                case BreakEven.Tied t -> null;
            };
            return new Outcome(volume, BreakEvenWords.outcome(breakEven));
        }
    }

    /** @param lowValue the input's low value as the sensitivity row sets it, e.g. {@code 1.99} */
    record Row(String name, String source, String lowValue, String highValue, Outcome low, Outcome high) {
    }

    /** The focus subject's table, or empty when the scenario has no baseline to compare with. */
    static TornadoFigure of(ScenarioResult result, Function<String, String> names) {
        if (result.sensitivity().isEmpty()) {
            return new TornadoFigure("", new Outcome(null, "no pair to compare"), List.of());
        }
        SensitivityTable table = result.sensitivity().getFirst();
        List<Row> rows = table.rows().stream().map(r -> new Row(r.name(), r.source(), r.lowValue(), r.highValue(),
                Outcome.of(r.low()), Outcome.of(r.high()))).toList();
        return new TornadoFigure("Break-even of " + names.apply(table.subject()) + " against "
                + names.apply(table.baseline()), Outcome.of(table.base()), rows);
    }
}
