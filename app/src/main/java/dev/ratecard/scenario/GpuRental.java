package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Rented GPUs at {@code usdPerGpuHour}. Always-on replicas are billed 730 h a month whatever their load;
 * scale-to-zero bills only the GPU-hours the traffic needs ({@code g · T_out / (X_out · u_max · 3600)}, per-second
 * billing, cold starts ignored: the idealised lower bound), so multiplying rent by utilisation is right only there.
 */
public record GpuRental(BigDecimal usdPerGpuHour, boolean alwaysOn, String source) {
    public GpuRental {
        Check.positive("gpu.usd_per_gpu_hour", usdPerGpuHour);
        Objects.requireNonNull(source, "source");
    }

    public GpuRental withUsdPerGpuHour(BigDecimal value) {
        return new GpuRental(value, alwaysOn, source);
    }
}
