package dev.ratecard.chart;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompactNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,             0
            1,             1
            999,           999
            1000,          1K
            1500,          1.5K
            1000000,       1M
            10000000000,   10B
            100000000000,  100B
            1500000000000, 1.5T
            -1500,         -1.5K
            0.0042,        0.0042
            0.001,         0.001
            """)
    void shortensByThousands(String value, String expected) {
        assertEquals(expected, CompactNumbers.format(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            # 1.25M: the tie goes to the even digit (2), HALF_UP would say 1.3M
            1250000,  1.2M
            1350000,  1.4M
            # 999.95K rounds to 1000.0K, which is 1M
            999950,   1M
            999949,   999.9K
            # below a thousand, three significant digits: 12.345 -> 12.3, 12.35 -> 12.4 (tie, 3 is odd)
            12.345,   12.3
            12.35,    12.4
            999.6,    1K
            """)
    void roundsHalfEvenOnceAndRollsOverToTheNextUnit(String value, String expected) {
        assertEquals(expected, CompactNumbers.format(new BigDecimal(value)));
    }
}
