package dev.ratecard.scenario;

/**
 * Follows whether option X is dearer than option Y at increasing whole-token volumes and remembers the first
 * and the last change: the first and the sustained crossing. Volumes where the two cost exactly the same before
 * they ever differ do not count: the order starts where they first differ; after that a tie counts as "not dearer".
 */
final class SignTimeline {
    private Boolean dearer;
    private Boolean initial;
    private long first = -1;
    private long last = -1;
    private int changes;

    /** @param signum the sign of {@code C_X − C_Y} at {@code token} */
    void observe(long token, int signum) {
        if (dearer == null) {
            if (signum != 0) {
                dearer = signum > 0;
                initial = dearer;
            }
            return;
        }
        boolean isDearer = signum > 0;
        if (dearer != isDearer) {
            dearer = isDearer;
            changes++;
            if (first < 0) {
                first = token;
            }
            last = token;
        }
    }

    boolean initiallyDearer() {
        return initial != null && initial;
    }

    boolean finallyDearer() {
        return dearer != null && dearer;
    }

    boolean changed() {
        return changes > 0;
    }

    long firstChange() {
        return first;
    }

    /** The volume from which the final order holds. */
    long lastChange() {
        return last;
    }

    int changes() {
        return changes;
    }

    /** False while the two have cost the same at every volume seen. */
    boolean differed() {
        return initial != null;
    }
}
