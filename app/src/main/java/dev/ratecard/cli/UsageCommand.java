package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.GroupedUsage;
import dev.ratecard.store.UsageGroup;
import dev.ratecard.store.UsageSummary;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code ratecard usage}: the stored usage summed by a dimension, with the costs the sources reported. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = {"Sums the usage stored in the workspace by model, provider, route, day, month or a tag: rows, "
                + "requests, tokens and the cost the sources reported (per currency, never converted).",
                "Days and months are UTC, as providers bill them."})
public final class UsageCommand extends CommandBase {
    @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "model",
            description = "model, provider, route, day, month or tag:NAME (e.g. tag:project). Default: ${DEFAULT-VALUE}.")
    String by;

    @Mixin
    DateRangeOptions dates;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        GroupBy groupBy = groupBy(by);
        PrintWriter out = out();
        try (WorkspaceDatabase database = workspace.openExisting()) {
            GroupedUsage grouped = database.usage().groupWithTotal(groupBy, dates.filter());
            if (json) {
                JsonOutput.print(out, json(grouped));
            } else {
                text(out, grouped);
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    static GroupBy groupBy(String by) {
        String value = by.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("tag:")) {
            try {
                return GroupBy.tag(value.substring(4).strip());
            } catch (IllegalArgumentException bad) {
                throw new BadUsageException("--by " + by + ": " + bad.getMessage());
            }
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "model" -> GroupBy.MODEL;
            case "provider" -> GroupBy.PROVIDER;
            case "route" -> GroupBy.ROUTE;
            case "day" -> GroupBy.DAY;
            case "month" -> GroupBy.MONTH;
            default -> throw new BadUsageException("--by " + by + ": group by model, provider, route, day, month or tag:NAME");
        };
    }

    private void text(PrintWriter out, GroupedUsage grouped) {
        TextTable table = new TextTable().left(by.strip()).right("rows").right("requests").right("input tokens")
                .right("output tokens").right("reported cost");
        for (UsageGroup group : grouped.groups()) {
            row(table, group.key() == null ? "(none)" : group.key(), group.summary(), group.rowsWithoutRequests());
        }
        row(table, "total", grouped.total(), grouped.totalRowsWithoutRequests());
        table.print(out);
        grouped.total().range().ifPresent(range -> out.println("dates: " + Display.range(range.from(), range.to())));
        if (grouped.totalRowsWithoutRequests() > 0) {
            long rows = grouped.totalRowsWithoutRequests();
            out.println("requests: " + Display.count(rows) + (rows == 1 ? " row comes" : " rows come") + " from sources that"
                    + " state no request counts (such as Anthropic's usage report or a billing export); \u2014 where none"
                    + " of a line's rows states one, \u2265 where only some do");
        }
    }

    private static void row(TextTable table, String key, UsageSummary summary, long rowsWithoutRequests) {
        BucketCounts totals = summary.totals();
        table.row(key, Display.count(summary.rows()), requests(summary, rowsWithoutRequests),
                Display.count(totals.inputTokens()), Display.count(totals.outputTokens()),
                Display.money(summary.reportedCost()));
    }

    /** The count when every row states one, "—" when none does, a floor "≥ n" when only some do. */
    private static String requests(UsageSummary summary, long rowsWithoutRequests) {
        if (rowsWithoutRequests == 0) {
            return Display.count(summary.requests());
        }
        return rowsWithoutRequests == summary.rows() ? "\u2014" : "\u2265 " + Display.count(summary.requests());
    }

    private ObjectNode json(GroupedUsage grouped) {
        ObjectNode root = JsonOutput.object();
        root.put("by", by.strip());
        ArrayNode array = root.putArray("groups");
        for (UsageGroup group : grouped.groups()) {
            ObjectNode node = summary(group.summary(), group.rowsWithoutRequests());
            node.put("key", group.key());
            array.add(node);
        }
        root.set("total", summary(grouped.total(), grouped.totalRowsWithoutRequests()));
        return root;
    }

    /** {@code requests} counts only what was stated; {@code rows_without_requests} says how many rows stated none. */
    private static ObjectNode summary(UsageSummary summary, long rowsWithoutRequests) {
        ObjectNode node = JsonOutput.object();
        node.put("rows", summary.rows());
        node.put("requests", summary.requests());
        node.put("rows_without_requests", rowsWithoutRequests);
        node.set("tokens", JsonOutput.counts(summary.totals()));
        ObjectNode reported = node.putObject("reported_cost");
        summary.reportedCost().forEach((currency, money) -> reported.put(currency, JsonOutput.amount(money)));
        node.put("first", summary.range().map(r -> r.from().toString()).orElse(null));
        node.put("last", summary.range().map(r -> r.to().toString()).orElse(null));
        return node;
    }
}
