package dev.ratecard.scenario;

/** The break-even of two options of the scenario, {@code a} before {@code b} in the scenario's order. */
public record PairBreakEven(String a, String b, BreakEven result) {
}
