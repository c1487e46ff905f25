package dev.ratecard.cli;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.PairBreakEven;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import dev.ratecard.scenario.Wording;
import dev.ratecard.scenario.Workload;

import java.util.OptionalLong;

/**
 * A scenario result for the terminal: each option's monthly cost with its breakdown, every pair's break-even, the
 * focus pair's sensitivity table and the findings. Money rounds to cents here, for display only. A breakdown line
 * that is zero at every volume ("requests at $0 per request") is left out; one that is zero only at this volume stays.
 */
final class ScenarioText {
    private final StringBuilder out = new StringBuilder();

    String render(ScenarioResult result) {
        Workload w = result.scenario().workload();
        line("Scenario: " + result.scenario().name());
        line("Workload: " + w.model() + ", " + Wording.tokens(w.totalTokens()) + " tokens/month ("
                + Wording.tokens(w.inputTokens()) + " input, " + Wording.tokens(w.outputTokens()) + " output, "
                + Wording.percent(w.outputShare()) + " output), " + Wording.tokens(w.requests()) + " requests/month, "
                + "peak/average " + Wording.number(w.peakToAverage(), 2) + ", growth " + Wording.percent(w.growthPerMonth())
                + "/month");
        line("A month is 730 hours; rates are USD per 1M tokens.");
        line("");
        line("Monthly cost at " + Wording.tokens(w.totalTokens()) + " tokens/month");
        for (OptionResult o : result.options()) {
            option(o);
        }
        line("");
        line("Break-even (volume in tokens/month where the option dearer at low volume stops being dearer)");
        for (PairBreakEven p : result.breakEvens()) {
            line("  " + name(result, p.a()) + " vs " + name(result, p.b()) + ": " + breakEven(result, p.result()));
        }
        result.sensitivity().stream().filter(t -> t.subject().equals(result.focus().subject())).findFirst()
                .ifPresent(t -> sensitivity(result, t));
        line("");
        line("Findings");
        for (Finding f : result.findings()) {
            line("  - " + f.text());
        }
        return out.toString();
    }

    private void option(OptionResult o) {
        String per = "  " + money(o.perMillionTokens()) + " per 1M tokens"
                + (o.perMillionOutput() == null ? "" : ", " + money(o.perMillionOutput()) + " per 1M output tokens");
        String replicas = o.replicas() == null ? "" : "; " + Wording.number(o.replicas(), 3) + " replica(s) at "
                + Wording.percent(o.utilisation()) + " utilisation";
        line(String.format("  %-48s %14s/month%s%s", o.name(), money(o.monthly()), per, replicas));
        for (CostLine l : o.breakdown()) {
            if (l.costsNothing()) {
                continue;
            }
            String steps = l.steps() == null ? "" : "  (" + l.steps() + " bought)";
            line(String.format("      %-70s %14s%s", l.label(), money(l.amount()), steps));
        }
        if (o.substitution()) {
            line("      serves the traffic with " + o.servedModel() + " instead of today's model");
        }
    }

    private String breakEven(ScenarioResult r, BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> name(r, s.dearerAtLowVolume()) + " is cheaper from " + Wording.tokens(s.sustained())
                    + (s.first() != s.sustained() ? " (first meets at " + Wording.tokens(s.first()) + ")" : "");
            case BreakEven.Never n -> "never: " + name(r, n.dearerAtLowVolume()) + " stays dearer"
                    + (n.temporaryCrossing() == null ? "" : " (cheaper for a while from " + Wording.tokens(n.temporaryCrossing()) + ")")
                    + " — " + n.reason();
            case BreakEven.Tied t -> "the same cost at every volume";
            case BreakEven.Undetermined u -> "undetermined: " + u.reason();
        };
    }

    private void sensitivity(ScenarioResult r, SensitivityTable t) {
        line("");
        line("Sensitivity: " + name(r, t.subject()) + " against " + name(r, t.baseline()) + " (one input at a time; "
                + "monthly cost at the current volume, sustained break-even in tokens/month)");
        line(String.format("  %-40s %14s/month, break-even %s", "base", money(t.subjectMonthly()), sustained(t.base())));
        for (SensitivityTable.Row row : t.rows()) {
            line("  " + row.name());
            line(String.format("    %-38s %14s .. %s/month, break-even %s .. %s", row.lowValue() + " .. " + row.highValue(),
                    money(row.subjectLow()), money(row.subjectHigh()), sustained(row.low()), sustained(row.high())));
        }
    }

    private static String sustained(BreakEven be) {
        OptionalLong v = be instanceof BreakEven.Sustained s ? OptionalLong.of(s.sustained()) : OptionalLong.empty();
        return v.isPresent() ? Wording.tokens(v.getAsLong()) : "never";
    }

    private static String money(Money m) {
        return Wording.usd(m.amount());
    }

    private static String name(ScenarioResult r, String id) {
        return r.option(id).name();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
