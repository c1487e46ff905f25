package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any CSV, read through a {@link ColumnMapping}: every mapped column must exist (a missing one is named when
 * the header is read). Inclusive input and output columns are split like OpenAI's counts ({@link TokenSplit});
 * the time column's own format and zone (if the mapping has them) are applied by the read's time parser.
 */
final class MappedCsvReader implements RowReader {
    private final ColumnMapping mapping;
    private final FieldSet fields = new FieldSet();
    private final Field time;
    private final Field end;
    private final Field model;
    private final Field provider;
    private final Map<UsageBucket, Field> buckets = new EnumMap<>(UsageBucket.class);
    private final Field cost;
    private final Field currency;
    private final Map<String, Field> tags = new LinkedHashMap<>();
    private final Field key;
    private final Field batch;

    MappedCsvReader(ColumnMapping mapping) {
        this.mapping = mapping;
        this.time = fields.required(mapping.time().column());
        this.end = optionalColumn(mapping.time().endColumn());
        this.model = fields.required(mapping.modelColumn());
        this.provider = optionalColumn(mapping.providerColumn());
        mapping.bucketColumns().forEach((bucket, column) -> buckets.put(bucket, fields.required(column)));
        this.cost = mapping.cost() == null ? null : fields.required(mapping.cost().column());
        this.currency = mapping.cost() == null ? null : optionalColumn(mapping.cost().currencyColumn());
        mapping.tagColumns().forEach((tag, column) -> tags.put(tag, fields.required(column)));
        this.key = optionalColumn(mapping.keyColumn());
        this.batch = optionalColumn(mapping.batchColumn());
    }

    /** A column the mapping names is required to exist; one it leaves out is no field at all. */
    private Field optionalColumn(String column) {
        return column == null || column.isBlank() ? null : fields.required(column);
    }

    @Override
    public FieldSet fields() {
        return fields;
    }

    @Override
    public void read(Row row, ReadSession session) {
        Draft draft = new Draft(mapping.route()).model(row.required(model));
        String named = provider == null ? null : row.text(provider);
        draft.provider(named != null ? named : mapping.provider());
        draft.span(row.time(time), end == null ? null : row.timeOrNull(end), end == null ? null : row.name(end),
                end == null ? null : row.text(end));
        addCounts(row, draft);
        if (cost != null) {
            addCost(row, draft);
        }
        if (key != null) {
            draft.key(row.name(key), row.text(key));
        }
        if (batch != null) {
            draft.batch = row.flag(batch, false);
        }
        tags.forEach((tag, field) -> draft.tag(tag, row.text(field)));
        session.emit(draft);
    }

    private void addCounts(Row row, Draft draft) {
        Map<UsageBucket, Long> counts = new EnumMap<>(UsageBucket.class);
        buckets.forEach((bucket, field) -> counts.put(bucket, row.count(field)));
        long cacheRead = counts.getOrDefault(UsageBucket.CACHE_READ, 0L);
        long write5m = counts.getOrDefault(UsageBucket.CACHE_WRITE_5M, 0L);
        long write1h = counts.getOrDefault(UsageBucket.CACHE_WRITE_1H, 0L);
        long audioIn = counts.getOrDefault(UsageBucket.AUDIO_INPUT, 0L);
        long imageIn = counts.getOrDefault(UsageBucket.IMAGE_INPUT, 0L);
        Long input = counts.remove(UsageBucket.UNCACHED_INPUT);
        if (input != null && mapping.inputIncludesCache()) {
            TokenSplit.inclusiveInput(draft, row.name(buckets.get(UsageBucket.UNCACHED_INPUT)), input,
                    cacheRead, write5m, write1h, audioIn, imageIn);
            counts.keySet().removeAll(java.util.List.of(UsageBucket.CACHE_READ, UsageBucket.CACHE_WRITE_5M,
                    UsageBucket.CACHE_WRITE_1H, UsageBucket.AUDIO_INPUT, UsageBucket.IMAGE_INPUT));
        } else if (input != null) {
            draft.add(UsageBucket.UNCACHED_INPUT, input);
        }
        Long output = counts.remove(UsageBucket.OUTPUT_TEXT);
        if (output != null && mapping.outputIncludesReasoning()) {
            TokenSplit.inclusiveOutput(draft, row.name(buckets.get(UsageBucket.OUTPUT_TEXT)), output,
                    counts.getOrDefault(UsageBucket.REASONING, 0L), counts.getOrDefault(UsageBucket.AUDIO_OUTPUT, 0L),
                    counts.getOrDefault(UsageBucket.IMAGE_OUTPUT, 0L));
            counts.keySet().removeAll(java.util.List.of(UsageBucket.REASONING, UsageBucket.AUDIO_OUTPUT,
                    UsageBucket.IMAGE_OUTPUT));
        } else if (output != null) {
            draft.add(UsageBucket.OUTPUT_TEXT, output);
        }
        counts.forEach(draft::add);
    }

    private void addCost(Row row, Draft draft) {
        BigDecimal amount = row.decimal(cost);
        if (amount == null) {
            return;
        }
        ColumnMapping.CostColumn spec = mapping.cost();
        if (spec.unit() == ColumnMapping.CostUnit.CENTS) {
            amount = amount.movePointLeft(2);
        }
        String code = currency == null ? null : row.text(currency);
        draft.cost = new ReportedCost(amount, code == null ? spec.currency() : code, spec.kind(), row.declaredName(cost));
    }
}
