package dev.ratecard.pricing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertEquals(Money.usd("1.50"), Money.usd("1.5"));
        assertEquals(Money.usd("1.50").hashCode(), Money.usd("1.5").hashCode());
    }

    @Test
    void roundsOnlyForDisplayAndThenHalfEven() {
        // 0.125 → 0.12 and 0.135 → 0.14 under HALF_EVEN (to the even neighbour), 0.1251 → 0.13.
        assertEquals("0.12 USD", Money.usd("0.125").display(2));
        assertEquals("0.14 USD", Money.usd("0.135").display(2));
        assertEquals("0.13 USD", Money.usd("0.1251").display(2));
    }

    @Test
    void sumsExactlyWhereDoublesDrift() {
        // 1,000,000 rows of 1,000 tokens at $0.000000075/token: 1e9 × 7.5e-8 = $75 exactly.
        // Summed as doubles this gives 75.0000000002215… (performance-and-reliability.md §7).
        BigDecimal rate = new BigDecimal("0.000000075");
        Money total = Money.ZERO_USD;
        for (int i = 0; i < 1_000; i++) {
            total = total.plus(Money.usd(rate.multiply(BigDecimal.valueOf(1_000_000))));
        }
        assertEquals(Money.usd("75"), total);
    }

    @Test
    void storesAsIntegerNanoUnits() {
        // $1.234567891 → 1,234,567,891 nano-USD; $0.0000000005 rounds half-even to 0, $0.0000000015 to 2.
        assertEquals(1_234_567_891L, Money.usd("1.234567891").toNanos());
        assertEquals(0L, Money.usd("0.0000000005").toNanos());
        assertEquals(2L, Money.usd("0.0000000015").toNanos());
        assertEquals(Money.usd("1.234567891"), Money.ofNanos(1_234_567_891L, "USD"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.usd("1").plus(Money.zero("EUR")));
    }
}
