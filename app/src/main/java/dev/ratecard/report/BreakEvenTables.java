package dev.ratecard.report;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.PairBreakEven;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;

import java.math.BigDecimal;

/** Where the options break even, pair by pair, and how the focus pair's break-even moves one input at a time. */
final class BreakEvenTables {
    private BreakEvenTables() {
    }

    static ReportTable breakEven(ScenarioResult result) {
        ReportTable.Builder table = new ReportTable.Builder("break-even",
                "Break-even of every pair (tokens per month where the option dearer at low volume stops being dearer)",
                Column.of("Option", 2.1f), Column.of("Against", 2.1f), Column.of("Result", 1.2f),
                Column.of("Cheaper at low volume", 2.1f), Column.of("First crossing", 1.9f), Column.of("For good from", 1.9f),
                Column.of("Why", 3.2f), Column.detail("Crossings"), Column.detail("Marginal per 1M tokens, dearer"),
                Column.detail("Marginal per 1M tokens, cheaper"), Column.detail("Settled beyond"));
        for (PairBreakEven pair : result.breakEvens()) {
            BreakEven be = pair.result();
            table.row(Cell.text(result.option(pair.a()).name()), Cell.text(result.option(pair.b()).name()),
                    Cell.text(Labels.result(be)), Cell.text(result.option(be.cheaperAtLowVolume()).name()),
                    Cell.count(be.firstCrossing().isPresent() ? be.firstCrossing().getAsLong() : null),
                    be instanceof BreakEven.Sustained s ? Cell.count(s.sustained()) : Cell.text(Labels.result(be)),
                    Cell.text(why(be)),
                    be instanceof BreakEven.Sustained s ? Cell.count((long) s.crossings()) : Cell.EMPTY,
                    perMillion(be.marginal().dearerPerMillion()), perMillion(be.marginal().cheaperPerMillion()),
                    be instanceof BreakEven.Undetermined u ? Cell.count(u.settledBeyond()) : Cell.EMPTY);
        }
        return table.build();
    }

    /**
     * Every sensitivity table of the scenario, the focus subject's first: a base row, then each input at its low and
     * high value with the subject's monthly cost and the sustained break-even there.
     */
    static ReportTable sensitivity(ScenarioResult result) {
        String against = result.sensitivity().isEmpty() ? ComparisonTables.baseline(result).name()
                : result.option(result.sensitivity().getFirst().baseline()).name();
        ReportTable.Builder table = new ReportTable.Builder("sensitivity",
                "One input at a time: each option's monthly cost and its break-even against " + against,
                Column.of("Option", 2), Column.detail("Against"), Column.of("Input", 3), Column.of("Low", 1.1f),
                Column.of("High", 1.1f), Column.of("Per month at low", 1.5f), Column.of("Per month at high", 1.5f),
                Column.of("Break-even at low", 1.9f), Column.of("Break-even at high", 1.9f), Column.detail("Source"),
                Column.detail("Against, per month at low"), Column.detail("Against, per month at high"));
        for (SensitivityTable t : result.sensitivity()) {
            Cell subject = Cell.text(result.option(t.subject()).name());
            Cell baseline = Cell.text(result.option(t.baseline()).name());
            table.row(subject, baseline, Cell.text("as entered"), Cell.EMPTY, Cell.EMPTY, Cell.amount(t.subjectMonthly()),
                    Cell.amount(t.subjectMonthly()), volume(t.base()), volume(t.base()), Cell.text("scenario"),
                    Cell.amount(t.baselineMonthly()), Cell.amount(t.baselineMonthly()));
            for (SensitivityTable.Row row : t.rows()) {
                table.row(subject, baseline, Cell.text(row.name()), value(row.lowValue()), value(row.highValue()),
                        Cell.amount(row.subjectLow()), Cell.amount(row.subjectHigh()), volume(row.low()), volume(row.high()),
                        Cell.text(row.source()), Cell.amount(row.baselineLow()), Cell.amount(row.baselineHigh()));
            }
        }
        return table.build();
    }

    private static String why(BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> s.crossings() > 1
                    ? "the costs cross " + s.crossings() + " times before the order settles" : "";
            case BreakEven.Never n -> n.reason();
            case BreakEven.Tied t -> "the same cost at every volume";
            case BreakEven.Undetermined u -> u.reason();
        };
    }

    /** The sustained break-even as a count, or the word for the other outcomes. */
    private static Cell volume(BreakEven be) {
        return be instanceof BreakEven.Sustained s ? Cell.count(s.sustained()) : Cell.text(Labels.result(be));
    }

    /** A value as the table wrote it: a number where it is one ("1.99"), else the text ("0.12 / 0.39"). */
    private static Cell value(String written) {
        try {
            return Cell.decimal(new BigDecimal(written.strip()));
        } catch (NumberFormatException | NullPointerException notOneNumber) {
            return Cell.text(written);
        }
    }

    private static Cell perMillion(BigDecimal usd) {
        return Cell.unitCost(Money.usd(usd));
    }
}
