package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Says in plain words why one option never stays cheaper than another. The argument is the marginal one of
 * selfhost-economics.md §5.5: what one more step (a replica) costs against what the traffic it carries would
 * cost through the other option.
 */
final class NeverReasons {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    String neverCatchesUp(CostedOption dearer, CostedOption cheaper) {
        BigDecimal fixedGap = dearer.cost().at(BigDecimal.ZERO).subtract(cheaper.cost().at(BigDecimal.ZERO));
        String head = fixedGap.compareTo(CENT) >= 0
                ? " and carries " + Wording.usd(fixedGap) + "/month more in fixed costs" : "";
        BigDecimal cheaperMarginal = cheaper.cost().marginalPerToken();
        BigDecimal dearerMarginal = dearer.cost().marginalPerToken();
        CostTerm.Staircase step = dearer.cost().staircases().stream()
                .max(Comparator.comparing(CostTerm.Staircase::marginalPerToken))
                .orElse(null);
        if (step != null && step.marginalPerToken().signum() > 0) {
            BigDecimal carried = cheaperMarginal.multiply(step.tokensPerStep());
            BigDecimal otherMarginal = dearerMarginal.subtract(step.marginalPerToken());
            String extra = otherMarginal.signum() > 0
                    ? ", plus " + Wording.perMillion(otherMarginal) + " of " + dearer.name() + "'s per-token costs"
                    : "";
            return "each extra " + step.unitName() + " costs " + Wording.usd(step.usdPerStep()) + "/month" + extra
                    + " but carries only " + Wording.usd(carried) + " of " + cheaper.name() + " traffic at capacity ("
                    + Wording.tokens(step.tokensPerStep()) + " tokens/month)";
        }
        if (dearerMarginal.compareTo(cheaperMarginal) == 0) {
            return dearer.name() + " and " + cheaper.name() + " cost the same per token at the margin ("
                    + Wording.perMillion(dearerMarginal) + ")" + head;
        }
        return dearer.name() + " costs " + Wording.perMillion(dearerMarginal) + " at the margin against "
                + cheaper.name() + "'s " + Wording.perMillion(cheaperMarginal) + head;
    }

    String equalMarginalKeepsCrossing(CostedOption dearer, CostedOption cheaper) {
        return dearer.name() + " and " + cheaper.name() + " cost the same per token at the margin ("
                + Wording.perMillion(dearer.cost().marginalPerToken())
                + "), so their costs keep crossing at every step and neither stays cheaper";
    }

    String undetermined(CostedOption dearer, CostedOption cheaper, long beyond) {
        return dearer.name() + " and " + cheaper.name() + " differ by only "
                + Wording.perMillion(dearer.cost().marginalPerToken().subtract(cheaper.cost().marginalPerToken()).abs())
                + " at the margin; their order is settled only beyond " + Wording.tokens(beyond) + " tokens/month";
    }
}
