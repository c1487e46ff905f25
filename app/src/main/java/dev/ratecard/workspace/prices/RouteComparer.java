package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.prices.read.CatalogueItem;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.PricingNote;
import dev.ratecard.pricing.UsageConditions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares one model across every route that sells it: each host's own price (the direct provider, the same
 * model at Azure, Bedrock, Vertex … in the broad catalogue), and each hosted gateway's fee model on top of the
 * price underneath it (its own list where it publishes one, as OpenRouter does; else the provider's direct
 * price, which Portkey, Helicone and the like pass through). Every route is priced for the same reference month
 * by the cost engine ({@link CostEngine#priceMonth}, whose fee stack adds the gateway's markup, top-up, BYOK and
 * plan fees), and ranked by what the month costs with every fee included.
 *
 * <p>A route whose entry has no rate for a bucket the month uses is listed as not comparable with the reason,
 * never ranked as free; so is a gateway whose markup is the user's to enter and has not been, a plan with no
 * public price, and a fee model with fields Ratecard reads but does not price.
 */
public final class RouteComparer {
    private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

    private final RouteGroups groups;
    private final ModelMatcher everything;
    private final List<CatalogueItem<GatewayFeeModel>> gateways;
    private final CostEngine engine = new CostEngine();
    private final YearMonth month;

    /** @param month the billing month the reference month is priced as (it names the bills; rates do not change with it) */
    public RouteComparer(LibraryContents contents, YearMonth month) {
        Objects.requireNonNull(contents, "contents");
        this.month = Objects.requireNonNull(month, "month");
        this.groups = new RouteGroups(contents.sheets());
        this.everything = new ModelMatcher(contents.sheets().stream().flatMap(sheet -> sheet.entries().stream()).toList());
        this.gateways = contents.gateways();
    }

    /** The gateways whose markup the user enters (no public figure exists), in the fee file's order. */
    public List<GatewayFeeModel> gatewaysWithUserMarkup() {
        return gateways.stream().map(CatalogueItem::value).filter(GatewayFeeModel::markupIsUserSetting).toList();
    }

    /** The entry a model name means, as the engine's matcher reads it over the whole library. */
    public Optional<ModelMatch.Matched> find(String modelName) {
        return everything.match(null, modelName, null) instanceof ModelMatch.Matched matched
                ? Optional.of(matched) : Optional.empty();
    }

    public RouteComparison compare(PriceEntry model, ReferenceWorkload workload, ComparisonSettings settings) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(settings, "settings");
        BucketCounts counts = workload.counts();
        List<RouteResult.Priced> ranked = new ArrayList<>();
        List<RouteResult.NotComparable> notComparable = new ArrayList<>();
        for (RouteOption option : options(model)) {
            switch (price(option, counts, workload.tokensPerMonth(), settings)) {
                case RouteResult.Priced priced -> ranked.add(priced);
                case RouteResult.NotComparable unpriced -> notComparable.add(unpriced);
            }
        }
        // Equal bills: fewer hands first (bought direct before through a gateway), the model's own maker first.
        ranked.sort(Comparator.comparing((RouteResult.Priced route) -> route.monthly().amount())
                .thenComparing(route -> route.option().gateway() != null)
                .thenComparing(route -> !route.option().underlying().entry().provider().equalsIgnoreCase(model.provider()))
                .thenComparing(route -> route.option().label(), String.CASE_INSENSITIVE_ORDER));
        return new RouteComparison(model, workload, settings, ranked, notComparable);
    }

    private List<RouteOption> options(PriceEntry model) {
        List<RouteMatch> selling = groups.routesSelling(model);
        List<String> gatewayRoutes = gateways.stream().map(item -> item.value().route().toLowerCase(Locale.ROOT)).toList();
        List<RouteOption> options = new ArrayList<>();
        for (RouteMatch match : selling) {
            // A route some gateway's fee model covers is shown with those fees; its bare list price is not a way to buy.
            if (match.isDirect() || !gatewayRoutes.contains(match.entry().route().toLowerCase(Locale.ROOT))) {
                options.add(RouteOption.listed(match));
            }
        }
        Optional<RouteMatch> provider = providerDirect(model, selling);
        for (CatalogueItem<GatewayFeeModel> item : gateways) {
            GatewayFeeModel gateway = item.value();
            Optional<RouteMatch> onItsRoute = selling.stream()
                    .filter(match -> match.entry().route().equalsIgnoreCase(gateway.route())).findFirst();
            if (onItsRoute.isPresent()) {
                options.add(RouteOption.gatewayList(gateway, onItsRoute.get()));
            } else if (!groups.listsRoute(gateway.route()) && provider.isPresent()) {
                options.add(RouteOption.gatewayOver(gateway, provider.get()));
            }
        }
        return options;
    }

    /**
     * The price a pass-through gateway adds its fees to: the model's own provider bought direct (the provider of
     * the compared entry, which for a gateway's list entry is the model's maker), else the first direct host.
     */
    private static Optional<RouteMatch> providerDirect(PriceEntry model, List<RouteMatch> selling) {
        return selling.stream().filter(RouteMatch::isDirect)
                .filter(match -> match.entry().provider().equalsIgnoreCase(model.provider()))
                .findFirst()
                .or(() -> selling.stream().filter(RouteMatch::isDirect).findFirst());
    }

    private RouteResult price(RouteOption option, BucketCounts counts, long tokens, ComparisonSettings settings) {
        PriceEntry entry = option.underlying().entry();
        if (!Money.USD.equals(entry.currency().toUpperCase(Locale.ROOT))) {
            return new RouteResult.NotComparable(option, "priced in " + entry.currency()
                    + "; routes are compared in US dollars");
        }
        GatewayFeeModel gateway = option.gateway();
        List<String> notes = new ArrayList<>();
        if (gateway != null) {
            Optional<String> unusable = unpricedFields(gateway, settings);
            if (unusable.isPresent()) {
                return new RouteResult.NotComparable(option, unusable.get());
            }
            if (gateway.markupIsUserSetting()) {
                Optional<BigDecimal> markup = settings.markupFor(gateway.id());
                if (markup.isEmpty()) {
                    return new RouteResult.NotComparable(option, gateway.name()
                            + " publishes no markup figure; enter the markup you see to rank it");
                }
                gateway = withMarkup(gateway, markup.get());
                notes.add("markup entered by you: " + markup.get().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            }
        }
        UsageConditions conditions = UsageConditions.standard(month).withRoute(option.route());
        GroupCost group = engine.priceCounts(entry, counts, conditions);
        if (!group.isComplete()) {
            return new RouteResult.NotComparable(option, "no price for " + group.unpricedLines().stream()
                    .map(line -> line.bucket().key() + " (" + line.quantity() + " used)")
                    .collect(Collectors.joining(", ")) + " in " + option.underlying().sheet().name());
        }
        MonthlyBill bill;
        try {
            bill = engine.priceMonth(entry, counts, conditions, gateway, settings.fees());
        } catch (IllegalArgumentException feesNotApplicable) {
            return new RouteResult.NotComparable(option, feesNotApplicable.getMessage());
        }
        group.notes().stream().map(RouteComparer::describe).forEach(notes::add);
        return new RouteResult.Priced(option, bill, perMillion(bill.total(), tokens), notes);
    }

    /** The bill per 1M tokens; exact where the quotient ends, else to 34 significant digits. */
    static Money perMillion(Money total, long tokens) {
        BigDecimal numerator = total.amount().multiply(ONE_MILLION);
        BigDecimal divisor = BigDecimal.valueOf(tokens);
        try {
            return new Money(numerator.divide(divisor), total.currency());
        } catch (ArithmeticException nonTerminating) {
            return new Money(numerator.divide(divisor, MathContext.DECIMAL128), total.currency());
        }
    }

    /**
     * Fields of the fee model Ratecard reads but does not price (Helicone's graduated per-log bands) that bear on
     * the plan in use; pricing without them would understate the fees.
     */
    private Optional<String> unpricedFields(GatewayFeeModel gateway, ComparisonSettings settings) {
        int plan = planIndex(gateway, settings.fees().plan());
        List<String> fields = gateways.stream().filter(item -> item.value() == gateway || item.value().id().equals(gateway.id()))
                .findFirst().map(item -> item.extra().keySet().stream()
                        .filter(field -> !field.equals("note") && !field.endsWith(".note"))
                        .filter(field -> !field.startsWith("plans[") || field.startsWith("plans[" + plan + "]."))
                        .sorted().toList())
                .orElse(List.of());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(gateway.name() + " charges through " + String.join(", ", fields)
                + ", which Ratecard reads but does not price yet");
    }

    private static int planIndex(GatewayFeeModel gateway, String planName) {
        if (planName == null) {
            return 0;
        }
        for (int i = 0; i < gateway.plans().size(); i++) {
            if (gateway.plans().get(i).name().equalsIgnoreCase(planName)) {
                return i;
            }
        }
        return 0;
    }

    private static GatewayFeeModel withMarkup(GatewayFeeModel gateway, BigDecimal markup) {
        return new GatewayFeeModel(gateway.id(), gateway.name(), gateway.route(), gateway.provenance(), markup,
                gateway.perRequestFee(), gateway.topUp(), gateway.byok(), gateway.plans(), true, gateway.notes());
    }

    /** The engine's note without its row count: the reference month is one synthetic row. */
    private static String describe(PricingNote note) {
        return note.flag().description() + (note.detail().isEmpty() ? "" : " (" + note.detail() + ")");
    }
}
