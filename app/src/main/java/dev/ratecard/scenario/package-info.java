/**
 * Scenarios and break-even: workloads, the options they are compared across (direct, hosted gateway,
 * self-hosted gateway, rented GPUs, owned hardware, mixes), cost over volume, break-even, sensitivity,
 * projection and findings. Pure, like {@code pricing}.
 */
package dev.ratecard.scenario;
