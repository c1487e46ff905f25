package dev.ratecard.report;

import dev.ratecard.importers.model.Provenance;
import dev.ratecard.scenario.ApiRoute;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Wording;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reader must know before relying on the figures: old prices, rough defaults, substitutions, unpriced usage. */
final class Caveats {
    /** How bundled sources date a figure: "… , as of 2026-01-01)". */
    private static final Pattern AS_OF = Pattern.compile("as of (\\d{4}-\\d{2}-\\d{2})");

    private Caveats() {
    }

    static List<Caveat> of(ScenarioResult result, LocalDate reportDate) {
        List<Caveat> caveats = new ArrayList<>();
        for (OptionSpec option : result.scenario().options()) {
            switch (option) {
                case OptionSpec.Api api -> route(option.name(), api.route(), reportDate, caveats);
                case OptionSpec.SelfHostedGateway gw -> route(option.name(), gw.route(), reportDate, caveats);
                case OptionSpec.RentedGpus r -> datedIn(r.rental().source()).ifPresent(asOf ->
                        stale(option.name(), "GPU price", asOf, reportDate, caveats));
                case OptionSpec.OwnedGpus o -> { }
                case OptionSpec.Mix m -> { }
            }
        }
        result.findings().stream().filter(f -> f.kind().equals("rough_default"))
                .forEach(f -> caveats.add(new Caveat("rough_default", f.text())));
        for (OptionResult o : result.options()) {
            if (o.substitution()) {
                caveats.add(new Caveat("substitution", o.name() + " serves the traffic with " + o.servedModel()
                        + " instead of " + result.scenario().workload().model()
                        + ": its cost is only comparable if it does the job as well."));
            }
        }
        return caveats;
    }

    static List<Caveat> of(UsageBasis usage) {
        List<Caveat> caveats = new ArrayList<>();
        for (UsageBasis.Unmatched u : usage.unmatched()) {
            caveats.add(new Caveat("unmatched_model", "Stored usage of \"" + u.model() + "\" (" + u.route() + ", "
                    + Wording.tokens(u.tokens()) + " tokens in " + u.rows() + (u.rows() == 1 ? " row" : " rows")
                    + ") matched no price entry and is in no recomputed total; map it in the alias table."));
        }
        if (usage.rowsAtAssumedTier() > 0) {
            caveats.add(new Caveat("assumed_tier", usage.rowsAtAssumedTier() + " stored usage "
                    + (usage.rowsAtAssumedTier() == 1 ? "row sums" : "rows sum")
                    + " several requests without their sizes and passed a context-tier threshold; they were priced at the "
                    + "base tier, so their recomputed cost may be low."));
        }
        usage.lines().stream().filter(l -> !l.complete() && l.recomputed() != null).forEach(l -> caveats.add(new Caveat(
                "unpriced_usage", "Some usage of \"" + l.model() + "\" (" + l.route() + ") is in a bucket its price entry has "
                + "no rate for; it is left out of the recomputed cost, not priced at zero.")));
        return caveats;
    }

    private static void route(String option, ApiRoute route, LocalDate reportDate, List<Caveat> caveats) {
        stale(option, "price of " + route.price().provider() + " " + route.price().model(), route.price().provenance().asOf(),
                reportDate, caveats);
        if (route.gateway() != null) {
            Provenance fees = route.gateway().fees().provenance();
            stale(option, "fee model of " + route.gateway().fees().name(), fees.asOf(), reportDate, caveats);
        }
    }

    private static void stale(String option, String what, LocalDate asOf, LocalDate reportDate, List<Caveat> caveats) {
        long days = ChronoUnit.DAYS.between(asOf, reportDate);
        if (days > ReportOptions.STALE_PRICE_DAYS) {
            caveats.add(new Caveat("stale_price", option + ": the " + what + " is as of " + asOf + ", " + days
                    + " days before this report (more than " + ReportOptions.STALE_PRICE_DAYS + "); check that it still holds."));
        }
    }

    private static Optional<LocalDate> datedIn(String source) {
        Matcher m = AS_OF.matcher(source);
        try {
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
