package dev.ratecard.workspace.sample;

import java.util.SplittableRandom;

/**
 * The generator's source of randomness. {@link SplittableRandom}'s algorithm is specified, and every curve goes
 * through {@link StrictMath}, whose results are the same on every JVM and CPU, so one seed gives the same bytes
 * everywhere.
 */
final class SampleRandom {
    private final SplittableRandom random;

    SampleRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A standard normal value (Box–Muller). */
    double normal() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /**
     * A whole count drawn from a log-normal distribution with this median and spread (the σ of its logarithm),
     * kept within [min, max]: token counts of requests are skewed to the right like this.
     */
    long logNormal(double median, double sigma, long min, long max) {
        double value = median * StrictMath.exp(sigma * normal());
        return Math.max(min, Math.min(max, Math.round(value)));
    }

    /** {@code mean} varied by a factor of 1 ± {@code spread} (uniform). */
    double around(double mean, double spread) {
        return mean * (1.0 + spread * (2.0 * random.nextDouble() - 1.0));
    }

    /** The index picked with probability proportional to its weight. */
    int weighted(double[] weights, double total) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code length} characters of {@code alphabet}. */
    String text(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A random (version 4) UUID in its usual text form. */
    String uuid() {
        String hex = text("0123456789abcdef", 32);
        char variant = "89ab".charAt(random.nextInt(4));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-" + variant
                + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }
}
