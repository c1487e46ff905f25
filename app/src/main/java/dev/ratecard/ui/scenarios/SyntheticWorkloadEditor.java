package dev.ratecard.ui.scenarios;

import dev.ratecard.workspace.scenarios.WorkloadDocument;

import java.math.BigDecimal;
import java.util.List;

/**
 * The workload described by its shape: tokens a month, the output, cache and batch shares, requests, the peak
 * over the average rate and the growth a month. Requests come from a monthly count or, without one, from the
 * tokens per request.
 */
final class SyntheticWorkloadEditor {
    static final String BASE = "$.workload.synthetic";
    static final FieldSpec MODEL = FieldSpec.text("Model in use today", ".model")
            .required("Enter the model the traffic runs on today, e.g. gpt-4o");
    static final FieldSpec TOKENS = FieldSpec.count("Tokens a month", "input and output", ".tokens_per_month")
            .atLeast(BigDecimal.ONE).required("Enter the tokens a month, input and output together");
    static final FieldSpec OUTPUT = FieldSpec.percent("Output share", ".output_share")
            .required("Enter the share of the tokens that are output, e.g. 25");
    static final FieldSpec CACHE_HITS = FieldSpec.percent("Cache hits", ".cache_hit_share");
    static final FieldSpec CACHE_WRITES = FieldSpec.percent("Cache writes", ".cache_write_share");
    static final FieldSpec BATCH = FieldSpec.percent("Batch share", ".batch_share");
    static final FieldSpec REQUESTS = FieldSpec.count("Requests a month", "requests", ".requests_per_month");
    static final FieldSpec INPUT_PER_REQUEST = FieldSpec.count("Input per request", "tokens", ".tokens_per_request.input");
    static final FieldSpec OUTPUT_PER_REQUEST = FieldSpec.count("Output per request", "tokens", ".tokens_per_request.output")
            .atLeast(BigDecimal.ONE);
    static final FieldSpec PEAK = FieldSpec.decimal("Peak to average", "busiest hour over the average hour",
            ".peak_to_average").atLeast(BigDecimal.ONE).withDefault("peak_to_average");
    static final FieldSpec GROWTH = FieldSpec.percent("Growth a month", ".growth_per_month")
            .between(new BigDecimal("-0.99"), null);

    private final ParameterField model;
    private final ParameterField tokens;
    private final ParameterField output;
    private final ParameterField cacheHits;
    private final ParameterField cacheWrites;
    private final ParameterField batch;
    private final ParameterField requests;
    private final ParameterField inputPerRequest;
    private final ParameterField outputPerRequest;
    private final ParameterField peak;
    private final ParameterField growth;
    private final VolumeSlider volumeSlider;

    SyntheticWorkloadEditor(FieldSet fields, WorkloadDocument.Synthetic doc) {
        WorkloadDocument.TokensPerRequest perRequest = doc.tokensPerRequest();
        model = fields.parameter(MODEL, doc.model());
        tokens = fields.parameter(TOKENS, doc.tokensPerMonth());
        output = fields.parameter(OUTPUT, doc.outputShare());
        cacheHits = fields.parameter(CACHE_HITS, doc.cacheHitShare());
        cacheWrites = fields.parameter(CACHE_WRITES, doc.cacheWriteShare());
        batch = fields.parameter(BATCH, doc.batchShare());
        requests = fields.parameter(REQUESTS, doc.requestsPerMonth());
        inputPerRequest = fields.parameter(INPUT_PER_REQUEST, perRequest == null ? null : perRequest.input());
        outputPerRequest = fields.parameter(OUTPUT_PER_REQUEST, perRequest == null ? null : perRequest.output());
        peak = fields.parameter(PEAK, doc.peakToAverage());
        growth = fields.parameter(GROWTH, doc.growthPerMonth());
        requests.setNote("Or leave it empty and give the tokens per request.");
        volumeSlider = new VolumeSlider(tokens);
    }

    List<FormSection> sections() {
        return List.of(FormSection.of("Traffic", "A month of traffic today, input and output together.", model, tokens,
                        output, cacheHits, cacheWrites, batch),
                FormSection.of("Requests", "Gateways charge some fees per request.", requests, inputPerRequest,
                        outputPerRequest),
                FormSection.of("Over time", "The peak decides how many replicas self-hosting needs; growth drives the "
                        + "projection.", peak, growth));
    }

    WorkloadDocument.Synthetic toDocument() {
        Long in = inputPerRequest.count();
        Long out = outputPerRequest.count();
        WorkloadDocument.TokensPerRequest perRequest = in == null && out == null ? null
                : new WorkloadDocument.TokensPerRequest(in, out);
        return new WorkloadDocument.Synthetic(model.string(), tokens.count(), output.decimal(), cacheHits.decimal(),
                cacheWrites.decimal(), batch.decimal(), requests.count(), perRequest, peak.decimal(), growth.decimal());
    }

    /** The monthly volume field, which the volume slider also sets. */
    ParameterField tokens() {
        return tokens;
    }

    VolumeSlider volumeSlider() {
        return volumeSlider;
    }
}
