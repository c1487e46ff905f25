package dev.ratecard.scenario;

/**
 * Follows whether option X is dearer than option Y at increasing whole-token volumes and remembers the first
 * and the last change: the first and the sustained crossing.
 */
final class SignTimeline {
    private Boolean dearer;
    private Boolean initial;
    private long first = -1;
    private long last = -1;
    private int changes;

    void observe(long token, boolean isDearer) {
        if (dearer == null) {
            dearer = isDearer;
            initial = isDearer;
            return;
        }
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

    boolean everNotDearer() {
        return !initiallyDearer() || changed();
    }
}
