package dev.ratecard.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenFormatterTest {

    @Test
    void shortensLargeCounts() {
        assertEquals("1.2B tokens", TokenFormatter.compact(1_234_567_890L));
        assertEquals("950 tokens", TokenFormatter.compact(950));
        assertEquals("0 tokens", TokenFormatter.compact(0));
        assertEquals("1 token", TokenFormatter.compact(1));
    }

    @Test
    void writesEveryDigitWhenExact() {
        assertEquals("1,234,567,890 tokens", TokenFormatter.exact(1_234_567_890L));
        assertEquals("9,223,372,036,854,775,807 tokens", TokenFormatter.exact(Long.MAX_VALUE));
    }
}
