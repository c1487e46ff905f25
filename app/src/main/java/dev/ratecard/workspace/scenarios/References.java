package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Map;

/** How a scenario file points into the catalogue, with the values it overrides there. */
public final class References {
    private References() {
    }

    /**
     * A price entry: {@code sheet} + {@code model} in the catalogue, with {@code rates} (USD per 1M tokens, by bucket)
     * overriding some of its rates; or, without {@code sheet}, a price of the file's own, which then needs
     * {@code provider}, {@code rates}, {@code source} and {@code as_of}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sheet", "provider", "model", "rates", "source", "as_of"})
    public record Price(String sheet, String provider, @JsonProperty(required = true) String model,
                        Map<String, BigDecimal> rates, String source, String asOf) {
    }

    /** A gateway fee model by id, the plan chosen, the top-up size, BYOK, and fee overrides. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "plan", "plan_fee_usd", "top_up_usd", "byok", "token_markup", "top_up_fee"})
    public record Gateway(@JsonProperty(required = true) String id, String plan, BigDecimal planFeeUsd,
                          BigDecimal topUpUsd, Boolean byok, BigDecimal tokenMarkup, BigDecimal topUpFee) {
    }

    /** A GPU offer by id, or a price of the file's own ({@code usd_per_gpu_hour} with {@code gpu}, {@code source}, {@code as_of}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"offer", "gpu", "usd_per_gpu_hour", "source", "as_of"})
    public record Gpu(String offer, String gpu, BigDecimal usdPerGpuHour, String source, String asOf) {
    }

    /**
     * A throughput profile by id, or X_out@SLO of the file's own (measured with {@code vllm bench serve}, say), with
     * the request lengths it was measured at.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"profile", "output_tokens_per_second", "input_tokens", "output_tokens", "source"})
    public record Throughput(String profile, BigDecimal outputTokensPerSecond, Long inputTokens, Long outputTokens,
                             String source) {
    }
}
