package dev.ratecard.report;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.OptionKind;

/** The words a report uses for the engine's kinds. */
final class Labels {
    private Labels() {
    }

    static String kind(OptionKind kind) {
        return switch (kind) {
            case DIRECT -> "Direct API";
            case HOSTED_GATEWAY -> "Hosted gateway";
            case SELF_HOSTED_GATEWAY -> "Self-hosted gateway";
            case RENTED_GPUS -> "Rented GPUs";
            case OWNED_HARDWARE -> "Owned hardware";
            case MIX -> "Mix";
        };
    }

    static String result(BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> "breaks even";
            case BreakEven.Never n -> "never";
            case BreakEven.Tied t -> "tied";
            case BreakEven.Undetermined u -> "undetermined";
        };
    }
}
