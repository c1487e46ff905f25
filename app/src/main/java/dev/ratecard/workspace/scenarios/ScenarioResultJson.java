package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.Curves;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.PairBreakEven;
import dev.ratecard.scenario.Projection;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import dev.ratecard.scenario.Workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A scenario result as JSON for scripts ({@code ratecard scenario run --json}), format
 * {@code ratecard-scenario-result} version 1, described in docs/formats/scenario.md. Money is USD as a decimal
 * string to the nano-dollar (the precision the workspace stores), volumes are whole tokens per month, rates are per
 * 1M tokens, shares are fractions; curves are plotting doubles.
 */
public final class ScenarioResultJson {
    public static final String FORMAT = "ratecard-scenario-result";
    private final ObjectMapper mapper = ScenarioJson.mapper();
    private final ScenarioJson writer = new ScenarioJson();

    public String write(ScenarioResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("scenario", result.scenario().name());
        root.set("workload", workload(result.scenario().workload()));
        ObjectNode focus = root.putObject("focus");
        focus.put("subject", result.focus().subject());
        focus.put("baseline", result.focus().baseline());
        ArrayNode options = root.putArray("options");
        result.options().forEach(o -> options.add(option(o)));
        ArrayNode pairs = root.putArray("break_even");
        result.breakEvens().forEach(p -> pairs.add(pair(p)));
        ArrayNode tables = root.putArray("sensitivity");
        result.sensitivity().forEach(t -> tables.add(table(t)));
        root.set("projection", projection(result.projection()));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            findings.addObject().put("kind", f.kind()).put("text", f.text());
        }
        root.set("curves", curves(result.curves()));
        return writer.writeValue(root);
    }

    static String usd(Money money) {
        return money.amount().setScale(9, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String decimal(BigDecimal value) {
        return value.setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private ObjectNode workload(Workload w) {
        ObjectNode node = mapper.createObjectNode();
        node.put("label", w.label());
        node.put("model", w.model());
        node.put("tokens_per_month", w.totalTokens());
        ObjectNode buckets = node.putObject("monthly");
        w.monthly().asMap().forEach((bucket, count) -> buckets.put(bucket.key(), count));
        node.put("requests_per_month", w.monthly().get(UsageBucket.REQUESTS));
        node.put("output_share", decimal(w.outputShare()));
        node.put("batch_share", decimal(w.batchShare()));
        node.put("peak_to_average", decimal(w.peakToAverage()));
        node.put("growth_per_month", decimal(w.growthPerMonth()));
        return node;
    }

    private ObjectNode option(OptionResult o) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", o.id());
        node.put("name", o.name());
        node.put("kind", o.kind().key());
        node.put("served_model", o.servedModel());
        node.put("substitution", o.substitution());
        node.put("monthly_usd", usd(o.monthly()));
        node.put("usd_per_million_tokens", usd(o.perMillionTokens()));
        if (o.perMillionOutput() != null) {
            node.put("usd_per_million_output_tokens", usd(o.perMillionOutput()));
        }
        node.put("marginal_usd_per_million_tokens", decimal(o.marginalPerMillion()));
        if (o.replicas() != null) {
            node.put("replicas", decimal(o.replicas()));
            node.put("utilisation", decimal(o.utilisation()));
        }
        ArrayNode lines = node.putArray("breakdown");
        for (CostLine l : o.breakdown()) {
            ObjectNode line = lines.addObject();
            line.put("category", l.category().key());
            line.put("label", l.label());
            line.put("usd", usd(l.amount()));
            if (l.steps() != null) {
                line.put("steps", l.steps());
            }
            line.put("source", l.source());
        }
        return node;
    }

    private ObjectNode pair(PairBreakEven p) {
        ObjectNode node = breakEven(p.result());
        node.put("a", p.a());
        node.put("b", p.b());
        return node;
    }

    ObjectNode breakEven(BreakEven be) {
        ObjectNode node = mapper.createObjectNode();
        node.put("result", switch (be) {
            case BreakEven.Sustained s -> "sustained";
            case BreakEven.Never n -> "never";
            case BreakEven.Tied t -> "tied";
            case BreakEven.Undetermined u -> "undetermined";
        });
        node.put("dearer_at_low_volume", be.dearerAtLowVolume());
        node.put("cheaper_at_low_volume", be.cheaperAtLowVolume());
        be.firstCrossing().ifPresent(v -> node.put("first_crossing_tokens", v));
        switch (be) {
            case BreakEven.Sustained s -> node.put("sustained_tokens", s.sustained()).put("crossings", s.crossings());
            case BreakEven.Never n -> node.put("reason", n.reason());
            case BreakEven.Undetermined u -> node.put("settled_beyond_tokens", u.settledBeyond()).put("reason", u.reason());
            case BreakEven.Tied t -> node.put("reason", "the two cost the same at every volume");
        }
        ObjectNode marginal = node.putObject("marginal_usd_per_million_tokens");
        marginal.put("dearer", decimal(be.marginal().dearerPerMillion()));
        marginal.put("cheaper", decimal(be.marginal().cheaperPerMillion()));
        return node;
    }

    private ObjectNode table(SensitivityTable t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("subject", t.subject());
        node.put("baseline", t.baseline());
        node.put("subject_monthly_usd", usd(t.subjectMonthly()));
        node.put("baseline_monthly_usd", usd(t.baselineMonthly()));
        node.set("base", breakEven(t.base()));
        ArrayNode rows = node.putArray("rows");
        for (SensitivityTable.Row r : t.rows()) {
            ObjectNode row = rows.addObject();
            row.put("name", r.name());
            row.put("source", r.source());
            row.put("low", r.lowValue());
            row.put("high", r.highValue());
            row.putObject("subject_monthly_usd").put("low", usd(r.subjectLow())).put("high", usd(r.subjectHigh()));
            row.putObject("baseline_monthly_usd").put("low", usd(r.baselineLow())).put("high", usd(r.baselineHigh()));
            ObjectNode be = row.putObject("break_even");
            be.set("low", breakEven(r.low()));
            be.set("high", breakEven(r.high()));
        }
        return node;
    }

    private ObjectNode projection(Projection p) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode volumes = node.putArray("volumes_tokens");
        p.volumes().forEach(volumes::add);
        ArrayNode options = node.putArray("options");
        for (Projection.Row row : p.options()) {
            ObjectNode o = options.addObject();
            o.put("id", row.option());
            money(o.putArray("monthly_usd"), row.monthly());
            money(o.putArray("cumulative_usd"), row.cumulative());
            Projection.Payback pb = row.payback();
            if (pb != null) {
                ObjectNode payback = o.putObject("payback");
                payback.put("against", pb.against());
                payback.put("capex_usd", usd(pb.capexPaid()));
                payback.put("payback_month", pb.paybackMonth());
                payback.put("discounted_payback_month", pb.discountedPaybackMonth());
                payback.put("npv_usd", usd(pb.npv()));
            }
        }
        return node;
    }

    private static void money(ArrayNode array, List<Money> values) {
        values.forEach(m -> array.add(usd(m)));
    }

    private ObjectNode curves(Curves c) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode volumes = node.putArray("volumes_tokens");
        for (double v : c.volumes()) {
            volumes.add(v);
        }
        ObjectNode costs = node.putObject("usd_per_month");
        for (Curves.Curve curve : c.curves()) {
            ArrayNode values = costs.putArray(curve.option());
            for (double v : curve.usdPerMonth()) {
                values.add(v);
            }
        }
        return node;
    }
}
