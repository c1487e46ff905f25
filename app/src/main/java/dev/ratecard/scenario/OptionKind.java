package dev.ratecard.scenario;

import java.util.Locale;

/** The kinds of option a scenario compares; the key is what scenario files write. */
public enum OptionKind {
    DIRECT,
    HOSTED_GATEWAY,
    SELF_HOSTED_GATEWAY,
    RENTED_GPUS,
    OWNED_HARDWARE,
    MIX;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Self-hosted models: priced by GPUs and throughput, not by tokens. */
    public boolean hostsTheModel() {
        return this == RENTED_GPUS || this == OWNED_HARDWARE;
    }
}
