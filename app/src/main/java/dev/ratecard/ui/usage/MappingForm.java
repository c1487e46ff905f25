package dev.ratecard.ui.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.usage.ColumnMapping;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Between the mapping step's form (a role per column and a few settings) and a {@link ColumnMapping}: fills the form
 * from a suggestion or a saved profile, and builds the mapping the form describes, or says what it still lacks.
 */
final class MappingForm {
    private MappingForm() {
    }

    /** The settings beside the columns' roles. Blank texts mean "not given". */
    record Settings(String name, String timeFormat, String timeZone, String route, String provider,
                    boolean inputIncludesCache, boolean outputIncludesReasoning, String costCurrency, boolean costInCents,
                    boolean costInvoiced) {
    }

    /** A mapping, or why the form does not make one yet (in words for the user). */
    record Built(Optional<ColumnMapping> mapping, String problem) {
        static Built problem(String why) {
            return new Built(Optional.empty(), why);
        }
    }

    /** Sets each row's role from {@code mapping} (columns matched ignoring case); rows it does not name are not used. */
    static void apply(ColumnMapping mapping, List<ColumnRow> rows) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        put(roles, mapping.time().column(), ColumnRole.TIME);
        put(roles, mapping.time().endColumn(), ColumnRole.END_TIME);
        put(roles, mapping.modelColumn(), ColumnRole.MODEL);
        put(roles, mapping.providerColumn(), ColumnRole.PROVIDER);
        mapping.bucketColumns().forEach((bucket, column) -> put(roles, column, ColumnRole.count(bucket)));
        if (mapping.cost() != null) {
            put(roles, mapping.cost().column(), ColumnRole.COST);
            put(roles, mapping.cost().currencyColumn(), ColumnRole.CURRENCY);
        }
        mapping.tagColumns().forEach((tag, column) -> {
            put(roles, column, ColumnRole.TAG);
            tags.put(key(column), tag);
        });
        put(roles, mapping.keyColumn(), ColumnRole.KEY);
        put(roles, mapping.batchColumn(), ColumnRole.BATCH);
        for (ColumnRow row : rows) {
            row.roleProperty().set(roles.getOrDefault(key(row.name()), ColumnRole.IGNORED));
            row.tagProperty().set(tags.getOrDefault(key(row.name()), ""));
        }
    }

    /** The form's settings as {@code mapping} has them. */
    static Settings settingsOf(ColumnMapping mapping) {
        ColumnMapping.CostColumn cost = mapping.cost();
        return new Settings(mapping.name(), text(mapping.time().format()), text(mapping.time().zone()), mapping.route(),
                text(mapping.provider()), mapping.inputIncludesCache(), mapping.outputIncludesReasoning(),
                cost == null ? "USD" : cost.currency(), cost != null && cost.unit() == ColumnMapping.CostUnit.CENTS,
                cost != null && cost.kind() == ReportedCost.Kind.INVOICED);
    }

    static Built build(List<ColumnRow> rows, Settings settings) {
        Map<ColumnRole, String> single = new LinkedHashMap<>();
        Map<UsageBucket, String> buckets = new EnumMap<>(UsageBucket.class);
        Map<String, String> tags = new LinkedHashMap<>();
        for (ColumnRow row : rows) {
            ColumnRole role = row.roleProperty().get();
            if (role.isSingle()) {
                String other = single.putIfAbsent(role, row.name());
                if (other != null) {
                    return Built.problem("Two columns are taken as " + role.label().toLowerCase(Locale.ROOT) + ": \""
                            + other + "\" and \"" + row.name() + "\"; set one of them to another role.");
                }
                if (role.kind() == ColumnRole.Kind.COUNT) {
                    buckets.put(role.bucket(), row.name());
                }
            } else if (role.kind() == ColumnRole.Kind.TAG) {
                String tag = row.tagProperty().get() == null ? "" : row.tagProperty().get().strip();
                if (tag.isEmpty()) {
                    return Built.problem("Name the tag that column \"" + row.name() + "\" holds (e.g. project or team).");
                }
                tags.put(tag, row.name());
            }
        }
        if (settings.name() == null || settings.name().isBlank()) {
            return Built.problem("Give the mapping a name, so that it can be saved and used again.");
        }
        if (!single.containsKey(ColumnRole.TIME)) {
            return Built.problem("Choose the column that holds each row's time.");
        }
        if (!single.containsKey(ColumnRole.MODEL)) {
            return Built.problem("Choose the column that holds the model.");
        }
        if (buckets.isEmpty() && !single.containsKey(ColumnRole.COST)) {
            return Built.problem("Choose at least one column of token counts, or the cost column.");
        }
        try {
            String costColumn = single.get(ColumnRole.COST);
            ColumnMapping.CostColumn cost = costColumn == null ? null : new ColumnMapping.CostColumn(costColumn,
                    blankToNull(settings.costCurrency()), single.get(ColumnRole.CURRENCY),
                    settings.costInCents() ? ColumnMapping.CostUnit.CENTS : ColumnMapping.CostUnit.MAJOR,
                    settings.costInvoiced() ? ReportedCost.Kind.INVOICED : ReportedCost.Kind.ESTIMATED);
            ColumnMapping.TimeColumn time = new ColumnMapping.TimeColumn(single.get(ColumnRole.TIME),
                    single.get(ColumnRole.END_TIME), blankToNull(settings.timeFormat()), blankToNull(settings.timeZone()));
            return new Built(Optional.of(new ColumnMapping(settings.name().strip(), time, single.get(ColumnRole.MODEL),
                    single.get(ColumnRole.PROVIDER), blankToNull(settings.provider()), blankToNull(settings.route()), buckets,
                    settings.inputIncludesCache(), settings.outputIncludesReasoning(), cost, tags, single.get(ColumnRole.KEY),
                    single.get(ColumnRole.BATCH))), "");
        } catch (IllegalArgumentException refused) {
            return Built.problem("The mapping is not usable: " + refused.getMessage() + ".");
        }
    }

    private static void put(Map<String, ColumnRole> roles, String column, ColumnRole role) {
        if (column != null) {
            roles.put(key(column), role);
        }
    }

    private static String key(String column) {
        return Objects.requireNonNull(column, "column").strip().toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
