package dev.ratecard.scenario;

import java.util.List;

/** Finds a pair's break-even in a list of pairs, whichever order the pair was stored in. */
final class ResultLookup {
    private ResultLookup() {
    }

    static BreakEven breakEven(List<PairBreakEven> pairs, String a, String b) {
        return pairs.stream()
                .filter(p -> p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a))
                .map(PairBreakEven::result).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no break-even for " + a + " and " + b));
    }
}
