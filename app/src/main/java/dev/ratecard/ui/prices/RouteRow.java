package dev.ratecard.ui.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.RouteMatch;
import dev.ratecard.workspace.prices.RouteResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of the route comparison: a priced route with its rank and figures, or a route that sells the model but
 * cannot be compared, with the reason where the figures would be.
 *
 * @param monthly    what the month costs through this route, or {@code null} when it is not comparable
 * @param explanation the fees on top of the list price, each with its arithmetic; or why it is not comparable
 * @param detail     everything behind the line: which entry, how it was matched, assumptions, the gateway's notes
 */
public record RouteRow(String rank, String route, String sheet, Money monthly, Money perMillion, Money fees,
                      String explanation, String detail) {
    public RouteRow {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isComparable() {
        return monthly != null;
    }

    static RouteRow priced(int rank, RouteResult.Priced route) {
        String fees = route.feeLines().isEmpty() ? "no fees on top of the list price" : route.feeLines().stream()
                .map(RouteRow::feeText).collect(Collectors.joining("; "));
        List<String> detail = new ArrayList<>(about(route));
        route.feeLines().forEach(line -> detail.add(feeText(line)));
        detail.addAll(route.notes());
        return new RouteRow(String.valueOf(rank), route.option().label(), route.option().underlying().sheet().name(),
                route.monthly(), route.perMillion(), route.fees(), fees, String.join("\n", detail));
    }

    static RouteRow notComparable(RouteResult.NotComparable route) {
        List<String> detail = new ArrayList<>(about(route));
        detail.add("Not comparable: " + route.reason());
        return new RouteRow("—", route.option().label(), route.option().underlying().sheet().name(), null, null, null,
                "Not comparable: " + route.reason(), String.join("\n", detail));
    }

    private static List<String> about(RouteResult route) {
        RouteMatch underlying = route.option().underlying();
        List<String> lines = new ArrayList<>();
        lines.add(underlying.entry().provider() + " " + underlying.entry().model() + " in " + underlying.sheet().label());
        if (!underlying.isExact()) {
            lines.add("The same model: " + underlying.match().describe());
        }
        if (route.option().gateway() != null && route.option().gateway().notes() != null) {
            lines.add(route.option().gateway().name() + ": " + route.option().gateway().notes());
        }
        return lines;
    }

    private static String feeText(FeeLine line) {
        return line.step().label() + " " + MoneyFormatter.table(line.amount()) + " (" + line.explanation() + ")";
    }
}
