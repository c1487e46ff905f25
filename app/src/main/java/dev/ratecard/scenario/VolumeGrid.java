package dev.ratecard.scenario;

/** Volumes the cost curves are drawn at: {@code points} steps, evenly spaced on a log axis, from and to inclusive. */
public record VolumeGrid(long fromTokens, long toTokens, int points) {
    public static final VolumeGrid DEFAULT = new VolumeGrid(1_000_000L, 100_000_000_000L, 500);

    public VolumeGrid {
        Check.positive("volume_grid.from_tokens", fromTokens);
        if (toTokens <= fromTokens) {
            throw new InvalidParameterException("volume_grid.to_tokens", toTokens, "must be greater than from_tokens");
        }
        if (points < 2) {
            throw new InvalidParameterException("volume_grid.points", points, "must be at least 2");
        }
    }

    public double[] volumes() {
        double[] v = new double[points];
        double logFrom = Math.log(fromTokens);
        double step = (Math.log(toTokens) - logFrom) / (points - 1);
        for (int i = 0; i < points; i++) {
            v[i] = Math.exp(logFrom + step * i);
        }
        v[0] = fromTokens;
        v[points - 1] = toTokens;
        return v;
    }
}
