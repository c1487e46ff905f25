package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.math.BigDecimal;
import java.util.List;

/** One option of a scenario file; {@code kind} says which. Parameters left out take their defaults at resolution. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(OptionDocument.Direct.class),
        @JsonSubTypes.Type(OptionDocument.HostedGateway.class),
        @JsonSubTypes.Type(OptionDocument.SelfHostedGateway.class),
        @JsonSubTypes.Type(OptionDocument.RentedGpus.class),
        @JsonSubTypes.Type(OptionDocument.OwnedHardware.class),
        @JsonSubTypes.Type(OptionDocument.Mix.class)})
public sealed interface OptionDocument {
    String id();

    String name();

    @JsonTypeName("direct")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "price", "negotiated_discount", "proxy_fee"})
    record Direct(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                  @JsonProperty(required = true) References.Price price,
                  BigDecimal negotiatedDiscount, BigDecimal proxyFee) implements OptionDocument {
    }

    @JsonTypeName("hosted_gateway")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "price", "gateway", "negotiated_discount", "proxy_fee"})
    record HostedGateway(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                         @JsonProperty(required = true) References.Price price,
                         @JsonProperty(required = true) References.Gateway gateway,
                         BigDecimal negotiatedDiscount, BigDecimal proxyFee) implements OptionDocument {
    }

    @JsonTypeName("self_hosted_gateway")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "price", "infrastructure_usd_per_month", "infrastructure_source", "engineer",
            "negotiated_discount"})
    record SelfHostedGateway(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                             @JsonProperty(required = true) References.Price price,
                             @JsonProperty(required = true) BigDecimal infrastructureUsdPerMonth,
                             String infrastructureSource,
                             @JsonProperty(required = true) SelfHostParts.Engineer engineer,
                             BigDecimal negotiatedDiscount) implements OptionDocument {
    }

    @JsonTypeName("rented_gpus")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "model", "gpu", "gpus_per_replica", "throughput", "always_on", "peak_factor",
            "max_utilisation", "min_replicas", "redundant_replicas", "engineer", "running_costs"})
    record RentedGpus(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                      @JsonProperty(required = true) String model,
                      @JsonProperty(required = true) References.Gpu gpu,
                      Integer gpusPerReplica,
                      @JsonProperty(required = true) References.Throughput throughput,
                      Boolean alwaysOn, BigDecimal peakFactor, BigDecimal maxUtilisation, Integer minReplicas,
                      Integer redundantReplicas, SelfHostParts.Engineer engineer,
                      SelfHostParts.RunningCosts runningCosts) implements OptionDocument {
    }

    @JsonTypeName("owned_hardware")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "model", "gpu", "gpus_per_replica", "hardware", "throughput", "peak_factor",
            "max_utilisation", "min_replicas", "redundant_replicas", "engineer", "running_costs"})
    record OwnedHardware(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                         @JsonProperty(required = true) String model,
                         @JsonProperty(required = true) String gpu,
                         Integer gpusPerReplica,
                         @JsonProperty(required = true) SelfHostParts.Hardware hardware,
                         @JsonProperty(required = true) References.Throughput throughput,
                         BigDecimal peakFactor, BigDecimal maxUtilisation, Integer minReplicas, Integer redundantReplicas,
                         SelfHostParts.Engineer engineer, SelfHostParts.RunningCosts runningCosts) implements OptionDocument {
    }

    @JsonTypeName("mix")
    @JsonPropertyOrder({"id", "name", "shares"})
    record Mix(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
               @JsonProperty(required = true) List<Share> shares) implements OptionDocument {
    }

    @JsonPropertyOrder({"option", "share"})
    record Share(@JsonProperty(required = true) String option, @JsonProperty(required = true) BigDecimal share) {
    }
}
