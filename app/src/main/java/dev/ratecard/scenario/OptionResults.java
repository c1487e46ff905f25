package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;

/** An option's figures at the workload's current volume. */
final class OptionResults {
    private OptionResults() {
    }

    static OptionResult at(ModeledOption m, Workload workload) {
        BigDecimal volume = BigDecimal.valueOf(workload.totalTokens());
        BigDecimal monthly = m.cost().at(volume);
        OptionSpec spec = m.spec();
        ReplicaCapacity capacity = m.capacity();
        BigDecimal replicas = capacity == null ? null : capacity.replicasAt(volume, workload);
        BigDecimal utilisation = capacity == null ? null : capacity.utilisationAt(volume, workload);
        Money perMillionOutput = workload.outputTokens() == 0 ? null
                : Money.usd(Units.divide(monthly.multiply(Units.MILLION), BigDecimal.valueOf(workload.outputTokens())));
        boolean substitution = !(spec instanceof OptionSpec.Mix) && !sameModel(spec.servedModel(), workload.model());
        return new OptionResult(spec.id(), spec.name(), spec.kind(), spec.servedModel(), substitution, Money.usd(monthly),
                m.cost().breakdown(volume), replicas, utilisation,
                Money.usd(Units.divide(monthly.multiply(Units.MILLION), volume)), perMillionOutput,
                Units.perMillion(m.cost().marginalPerToken()));
    }

    /**
     * Model names compare without provider prefix, case, punctuation or a "Turbo" serving suffix, so that
     * {@code openai/gpt-4o} serves {@code gpt-4o} traffic and {@code Qwen/Qwen2.5-72B-Instruct-Turbo} serves
     * {@code qwen-2.5-72b-instruct}.
     */
    static boolean sameModel(String served, String current) {
        String a = normalise(served);
        String b = normalise(current);
        return a.equals(b);
    }

    private static String normalise(String model) {
        String tail = model.contains("/") ? model.substring(model.lastIndexOf('/') + 1) : model;
        return tail.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "").replace("turbo", "");
    }
}
