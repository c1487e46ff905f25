package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scenario file as written (format version 1): references to the catalogue by id, parameters the user set,
 * nothing resolved and no default filled in, so that writing it back gives the same file. Absent fields are
 * {@code null}. See {@code docs/formats/scenario.md}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "description", "workload", "options", "focus", "volume_grid",
        "projection", "sensitivity"})
public record ScenarioDocument(
        @JsonProperty(required = true) String format,
        @JsonProperty(required = true) Integer version,
        @JsonProperty(required = true) String name,
        String description,
        @JsonProperty(required = true) WorkloadDocument workload,
        @JsonProperty(required = true) List<OptionDocument> options,
        Focus focus,
        VolumeGrid volumeGrid,
        Projection projection,
        List<Sensitivity> sensitivity) {

    public static final String FORMAT = "ratecard-scenario";
    public static final int VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"subject", "baseline"})
    public record Focus(String subject, String baseline) {
    }

    @JsonPropertyOrder({"from_tokens", "to_tokens", "points"})
    public record VolumeGrid(@JsonProperty(required = true) Long fromTokens, @JsonProperty(required = true) Long toTokens,
                             @JsonProperty(required = true) Integer points) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"months", "discount_rate_per_year"})
    public record Projection(Integer months, BigDecimal discountRatePerYear) {
    }

    /** One row of the sensitivity table; {@code low} and {@code high} set one or more parameters. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "source", "low", "high"})
    public record Sensitivity(@JsonProperty(required = true) String name, String source,
                              @JsonProperty(required = true) List<Setting> low,
                              @JsonProperty(required = true) List<Setting> high) {
    }

    /** {@code option} is absent for a workload parameter. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"option", "parameter", "value"})
    public record Setting(String option, @JsonProperty(required = true) String parameter,
                          @JsonProperty(required = true) BigDecimal value) {
    }
}
