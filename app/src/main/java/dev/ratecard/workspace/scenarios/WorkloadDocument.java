package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The workload of a scenario file: {@code {"synthetic": {…}}} or {@code {"usage": {…}}}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({@JsonSubTypes.Type(WorkloadDocument.Synthetic.class), @JsonSubTypes.Type(WorkloadDocument.Usage.class)})
public sealed interface WorkloadDocument {

    /** Requests come from {@code requests_per_month} or from {@code tokens_per_request}. */
    @JsonTypeName("synthetic")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"model", "tokens_per_month", "output_share", "cache_hit_share", "cache_write_share", "batch_share",
            "requests_per_month", "tokens_per_request", "peak_to_average", "growth_per_month"})
    record Synthetic(@JsonProperty(required = true) String model,
                     @JsonProperty(required = true) Long tokensPerMonth,
                     @JsonProperty(required = true) BigDecimal outputShare,
                     BigDecimal cacheHitShare,
                     BigDecimal cacheWriteShare,
                     BigDecimal batchShare,
                     Long requestsPerMonth,
                     TokensPerRequest tokensPerRequest,
                     BigDecimal peakToAverage,
                     BigDecimal growthPerMonth) implements WorkloadDocument {
    }

    @JsonPropertyOrder({"input", "output"})
    record TokensPerRequest(@JsonProperty(required = true) Long input, @JsonProperty(required = true) Long output) {
    }

    /** A month of stored usage, per model and route, as the workspace condensed it. */
    @JsonTypeName("usage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"description", "lines", "peak_to_average", "growth_per_month"})
    record Usage(@JsonProperty(required = true) String description,
                 @JsonProperty(required = true) List<UsageLine> lines,
                 BigDecimal peakToAverage,
                 BigDecimal growthPerMonth) implements WorkloadDocument {
    }

    /** Bucket names as in price sheets ({@code uncached_input}, {@code output_text}, {@code requests} …), counts per month. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"model", "route", "monthly", "batch_monthly"})
    record UsageLine(@JsonProperty(required = true) String model,
                     @JsonProperty(required = true) String route,
                     @JsonProperty(required = true) Map<String, Long> monthly,
                     Map<String, Long> batchMonthly) {
    }
}
