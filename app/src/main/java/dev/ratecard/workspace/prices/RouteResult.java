package dev.ratecard.workspace.prices;

import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.FeeStep;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.MonthlyBill;

import java.util.List;
import java.util.Objects;

/** How one route came out of a comparison: priced, with every fee, or not comparable, with the reason. */
public sealed interface RouteResult {
    RouteOption option();

    /**
     * A route priced for the reference month.
     *
     * @param bill      the month step by step, list price to plan fees
     * @param perMillion the bill per 1M tokens of the month, fees included
     * @param notes     assumptions the figure rests on (usage priced at the base context tier, a markup the user
     *                  entered); how the entry was matched is in the option's {@link RouteMatch}
     */
    record Priced(RouteOption option, MonthlyBill bill, Money perMillion, List<String> notes) implements RouteResult {
        public Priced {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(bill, "bill");
            Objects.requireNonNull(perMillion, "perMillion");
            notes = List.copyOf(notes);
        }

        public Money monthly() {
            return bill.total();
        }

        /** What the gateway adds to the provider's bill; zero for a route bought direct. */
        public Money fees() {
            return bill.gatewayFees();
        }

        /** The fee steps that added something, each with its arithmetic, after the list price. */
        public List<FeeLine> feeLines() {
            return bill.steps().stream()
                    .filter(line -> line.step() != FeeStep.LIST_PRICE && !line.amount().isZero())
                    .toList();
        }
    }

    /** A route that sells the model but cannot be ranked: it has no price for a bucket the month uses, or the like. */
    record NotComparable(RouteOption option, String reason) implements RouteResult {
        public NotComparable {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
