package dev.ratecard.ui.usage;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.prices.BucketDisplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a column of an unknown CSV holds, as the mapping step offers it: nothing Ratecard uses, the time, the end of
 * a period, the model, the provider, a count of one bucket, the cost, its currency, a tag, a unique id, or the
 * batch flag.
 *
 * @param bucket the bucket counted, for {@link Kind#COUNT}; else {@code null}
 */
public record ColumnRole(Kind kind, UsageBucket bucket) {
    public enum Kind { IGNORED, TIME, END_TIME, MODEL, PROVIDER, COUNT, COST, CURRENCY, TAG, KEY, BATCH }

    public static final ColumnRole IGNORED = new ColumnRole(Kind.IGNORED, null);
    public static final ColumnRole TIME = new ColumnRole(Kind.TIME, null);
    public static final ColumnRole END_TIME = new ColumnRole(Kind.END_TIME, null);
    public static final ColumnRole MODEL = new ColumnRole(Kind.MODEL, null);
    public static final ColumnRole PROVIDER = new ColumnRole(Kind.PROVIDER, null);
    public static final ColumnRole COST = new ColumnRole(Kind.COST, null);
    public static final ColumnRole CURRENCY = new ColumnRole(Kind.CURRENCY, null);
    public static final ColumnRole TAG = new ColumnRole(Kind.TAG, null);
    public static final ColumnRole KEY = new ColumnRole(Kind.KEY, null);
    public static final ColumnRole BATCH = new ColumnRole(Kind.BATCH, null);

    public ColumnRole {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.COUNT) != (bucket != null)) {
            throw new IllegalArgumentException("a bucket goes with a count, and only with a count: " + kind + ", " + bucket);
        }
    }

    public static ColumnRole count(UsageBucket bucket) {
        return new ColumnRole(Kind.COUNT, Objects.requireNonNull(bucket, "bucket"));
    }

    /** Every role, in the order the picker lists them. */
    public static List<ColumnRole> all() {
        List<ColumnRole> roles = new ArrayList<>(List.of(IGNORED, TIME, END_TIME, MODEL, PROVIDER));
        UsageBucket.all().forEach(bucket -> roles.add(count(bucket)));
        roles.addAll(List.of(COST, CURRENCY, TAG, KEY, BATCH));
        return List.copyOf(roles);
    }

    /** Whether at most one column may have this role (all but "not used" and tags). */
    public boolean isSingle() {
        return kind != Kind.IGNORED && kind != Kind.TAG;
    }

    public String label() {
        return switch (kind) {
            case IGNORED -> "Not used";
            case TIME -> "Time";
            case END_TIME -> "End of the period";
            case MODEL -> "Model";
            case PROVIDER -> "Provider";
            case COUNT -> BucketDisplay.name(bucket) + (bucket.isToken() ? " tokens" : " (count)");
            case COST -> "Cost";
            case CURRENCY -> "Currency of the cost";
            case TAG -> "Tag";
            case KEY -> "Unique id of the row";
            case BATCH -> "Batch (true/false)";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
