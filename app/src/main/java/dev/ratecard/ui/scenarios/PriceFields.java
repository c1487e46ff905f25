package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.scenario.Wording;
import dev.ratecard.workspace.scenarios.References;
import javafx.beans.binding.Bindings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The price an API option pays per token: a model of a catalogue price sheet, with its input and output rates
 * optionally set by the user (a negotiated rate), or a price of the user's own with its provider, source and
 * date. Rates of other buckets the file sets are kept as they are.
 */
final class PriceFields {
    static final FieldSpec MODEL = FieldSpec.text("Model", ".price.model")
            .required("Enter the model as the price sheet names it, e.g. gpt-4o");
    static final FieldSpec INPUT = FieldSpec.decimal("Input price", "USD per 1M tokens", ".price.rates.input");
    static final FieldSpec OUTPUT = FieldSpec.decimal("Output price", "USD per 1M tokens", ".price.rates.output");
    static final FieldSpec PROVIDER = FieldSpec.text("Provider", ".price.provider");
    static final FieldSpec SOURCE = FieldSpec.text("Source", ".price.source");
    static final FieldSpec AS_OF = FieldSpec.text("As of (YYYY-MM-DD)", ".price.as_of");
    private static final List<String> INPUT_KEYS = List.of("input", UsageBucket.UNCACHED_INPUT.key());
    private static final List<String> OUTPUT_KEYS = List.of("output", UsageBucket.OUTPUT_TEXT.key());

    private final References.Price original;
    private final ChoiceField sheet;
    private final ParameterField model;
    private final ParameterField input;
    private final ParameterField output;
    private final ParameterField provider;
    private final ParameterField source;
    private final ParameterField asOf;

    PriceFields(FieldSet fields, ScenarioChoices choices, References.Price price) {
        this.original = price;
        Map<String, BigDecimal> rates = price.rates() == null ? Map.of() : price.rates();
        sheet = fields.choice("Price sheet", ".price.sheet", "A price of your own", choices.sheets(), price.sheet());
        model = fields.parameter(MODEL, price.model());
        input = fields.parameter(INPUT, rate(rates, INPUT_KEYS));
        output = fields.parameter(OUTPUT, rate(rates, OUTPUT_KEYS));
        provider = fields.parameter(PROVIDER, price.provider());
        source = fields.parameter(SOURCE, price.source());
        asOf = fields.parameter(AS_OF, price.asOf());
        sheet.valueProperty().addListener(observable -> describeSheet());
        describeSheet();
    }

    private static BigDecimal rate(Map<String, BigDecimal> rates, List<String> keys) {
        return keys.stream().map(rates::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    List<FormSection> sections() {
        FormSection own = FormSection.of("Your own price", "Where a price of your own comes from, for every figure to "
                + "carry its source.", provider, source, asOf)
                .shownWhen(Bindings.createBooleanBinding(() -> sheet.value() == null, sheet.valueProperty()));
        return List.of(FormSection.of("Price", "Leave the rates empty to pay the sheet's; enter one to use a rate "
                + "you negotiated.", sheet, model, input, output), own);
    }

    References.Price toReference() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        if (original.rates() != null) {
            rates.putAll(original.rates());
        }
        put(rates, INPUT_KEYS, input.decimal());
        put(rates, OUTPUT_KEYS, output.decimal());
        return new References.Price(sheet.value(), provider.string(), model.string(), rates.isEmpty() ? null : rates,
                source.string(), asOf.string());
    }

    /** Sets the rate under the key the file used for it ({@code input} unless it wrote {@code uncached_input}). */
    private static void put(Map<String, BigDecimal> rates, List<String> keys, BigDecimal value) {
        String key = keys.stream().filter(rates::containsKey).findFirst().orElse(keys.getFirst());
        keys.forEach(rates::remove);
        if (value != null) {
            rates.put(key, value);
        }
    }

    /** Shows the rates the resolved entry charges, and where they come from. */
    void describe(PriceEntry entry) {
        BigDecimal in = entry.rates().perMillion(UsageBucket.UNCACHED_INPUT);
        BigDecimal out = entry.rates().perMillion(UsageBucket.OUTPUT_TEXT);
        input.setPlaceholder(in == null ? "" : in.toPlainString() + " (sheet)");
        output.setPlaceholder(out == null ? "" : out.toPlainString() + " (sheet)");
        String rates = (in == null ? "" : Wording.dollars(in) + " in") + (out == null ? "" : " / " + Wording.dollars(out) + " out")
                + " per 1M tokens";
        model.setNote(entry.provider() + " " + entry.model() + ": " + rates + " (" + ScenarioChoices.cite(entry.provenance()) + ")");
    }

    private void describeSheet() {
        sheet.setNote(sheet.chosen().map(c -> c.label() + ": " + c.detail()).orElse(""));
    }
}
