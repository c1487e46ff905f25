package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A dated price for renting GPUs.
 *
 * @param id              stable name scenarios refer to, e.g. {@code runpod-community-h100-sxm}
 * @param gpu             e.g. {@code H100 SXM}
 * @param gpusPerInstance GPUs in the priced shape (8 for AWS p5)
 * @param usdPerGpuHour   the price of one GPU for one hour
 * @param pricingModel    on-demand, spot, reserved, marketplace …
 */
public record GpuOffer(String id, String provider, String product, String gpu, int gpuMemoryGb, int gpusPerInstance,
                       BigDecimal usdPerGpuHour, String pricingModel, String region, Provenance provenance) {
    public GpuOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(usdPerGpuHour, "usdPerGpuHour");
        Objects.requireNonNull(provenance, "provenance");
        if (usdPerGpuHour.signum() <= 0) {
            throw new IllegalArgumentException("GPU price must be positive: " + usdPerGpuHour.toPlainString());
        }
        if (gpusPerInstance < 1) {
            throw new IllegalArgumentException("gpusPerInstance must be at least 1: " + gpusPerInstance);
        }
    }
}
