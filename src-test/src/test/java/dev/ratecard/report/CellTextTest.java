package dev.ratecard.report;

import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CellTextTest {

    @Test
    void roundsMoneyForReadersOnceHalfEven() {
        // 80.965 is a tie at the cent: half-even keeps the even 6.
        assertEquals("-$80.96", CellText.display(new Cell.Amount(Money.usd("-80.965"))));
        assertEquals("$0.80", CellText.display(new Cell.Amount(Money.usd("0.8"))));
        assertEquals("$0.3904", CellText.display(new Cell.UnitCost(Money.usd("0.39035"))));
        assertEquals("24,227,277,778", CellText.display(new Cell.Count(24_227_277_778L)));
        assertEquals("0.55 %", CellText.display(new Cell.Percent(new BigDecimal("0.00550616"))));
        assertEquals("1727.69", CellText.display(new Cell.Decimal(new BigDecimal("1727.690"))));
    }

    @Test
    void writesNumbersForProgramsWithoutSymbolsOrGroupingAndMoneyToTheNanoDollar() {
        // $5,208.3333… is kept to nine places, the store's nano-dollar, rounded half-even.
        assertEquals("5208.333333333", CellText.canonical(new Cell.Amount(Money.usd(new BigDecimal("5208.3333333333333333")))));
        assertEquals("-80.965", CellText.canonical(new Cell.Amount(Money.usd("-80.965"))));
        assertEquals("120", CellText.canonical(new Cell.Amount(Money.usd("120.000"))));
        assertEquals("0.000000075", CellText.canonical(new Cell.UnitCost(Money.usd("0.000000075"))));
        assertEquals("-3", CellText.canonical(new Cell.Count(-3)));
        assertEquals("0.25", CellText.canonical(new Cell.Percent(new BigDecimal("0.250"))));
        assertEquals("100000", CellText.canonical(new Cell.Decimal(new BigDecimal("1E+5"))));
    }

    @Test
    void givesSpreadsheetsNumbersAndLeavesTextAsText() {
        assertEquals(new BigDecimal("39.035000000"), CellText.number(new Cell.Amount(Money.usd("39.035"))));
        assertNull(CellText.number(Cell.text("-2")));
    }
}
