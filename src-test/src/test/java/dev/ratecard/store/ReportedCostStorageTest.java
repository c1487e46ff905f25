package dev.ratecard.store;

import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported costs are stored as integer nano-units: exact to 9 decimals, rounded half-even beyond. */
class ReportedCostStorageTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @ParameterizedTest(name = "{0} USD is stored as {1} nano-USD and read back as {2}")
    @CsvSource({
            "0.000000001,          1,                   0.000000001",
            "1234.567890123,       1234567890123,       1234.567890123",
            "-0.5,                 -500000000,          -0.5",
            "0.00475000,           4750000,             0.00475",
            "12,                   12000000000,         12",
            // Beyond nano precision: half-even to the nearest nano-unit (1.5 → 2, 2.5 → 2).
            "0.0000000015,         2,                   0.000000002",
            "0.0000000025,         2,                   0.000000002",
            // The largest amount a long holds in nano-units.
            "9223372036.854775807, 9223372036854775807, 9223372036.854775807",
    })
    void roundTripsThroughNanoUnits(String amount, long nanos, String readBack) {
        workspace.importAll(request("usage.csv", 1), List.of(row().input(1, 1).cost(amount, "USD").build()));

        assertEquals(Map.of("USD", Money.ofNanos(nanos, "USD")),
                workspace.database().usage().summary(UsageFilter.ALL).reportedCost());
        try (Stream<UsageRecord> stored = workspace.database().usage().stream(UsageFilter.ALL)) {
            ReportedCost cost = stored.findFirst().orElseThrow().reportedCost();
            assertEquals(new BigDecimal(readBack), cost.amount());
            assertEquals(ReportedCost.Kind.INVOICED, cost.kind());
        }
    }

    @Test
    void anAmountBeyondTheNanoUnitRangeIsRefusedWithItsLine() {
        StoreException refused = assertThrows(StoreException.class, () -> workspace.importAll(request("usage.csv", 1),
                List.of(row().line(7).input(1, 1).cost("9223372036.854775808", "USD").build())));

        assertTrue(refused.getMessage().endsWith("usage.csv:7: cannot store this row: reported cost"
                + " 9223372036.854775808 USD is too large to store"), refused.getMessage());
    }

    @Test
    void aBatchWhoseCostsAddUpBeyondTheRangeIsRefused() {
        // Each row states 5 billion USD (5 × 10^18 nano-USD); together they exceed a long.
        StoreException refused = assertThrows(StoreException.class, () -> workspace.importAll(request("usage.csv", 1),
                List.of(row().line(2).input(1, 1).cost("5000000000", "USD").build(),
                        row().line(3).input(2, 1).cost("5000000000", "USD").build())));

        assertTrue(refused.getMessage().endsWith("the reported costs in USD add up to more than 9223372036.854775807 USD,"
                + " beyond what the store can hold"), refused.getMessage());
    }

    @Test
    void aSumThatWouldOverflowFailsInsteadOfRounding() {
        // The same two rows in two batches: each batch fits, their sum in SQL does not.
        workspace.importAll(request("first.csv", 1), List.of(row().line(2).input(1, 1).cost("5000000000", "USD").build()));
        workspace.importAll(request("second.csv", 2), List.of(row().line(2).input(2, 1).cost("5000000000", "USD").build()));

        StoreException overflow = assertThrows(StoreException.class,
                () -> workspace.database().usage().summary(UsageFilter.ALL));
        assertTrue(overflow.getMessage().contains("integer overflow"), overflow.getMessage());
    }
}
