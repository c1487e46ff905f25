package dev.ratecard.importers.usage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricingUnitTest {
    /**
     * Every unit of measure in the FinOps toolkit's PricingUnits.csv (microsoft/finops-toolkit
     * {@code src/open-data/PricingUnits.csv} at 04d370f3, MIT), trailing spaces included, gives its published
     * PricingBlockSize.
     */
    @ParameterizedTest(name = "\"{0}\" is a block of {2}")
    @CsvFileSource(resources = "/dev/ratecard/importers/usage/reference/PricingUnits.csv", numLinesToSkip = 1,
            ignoreLeadingAndTrailingWhitespace = false)
    void readsTheBlockSizeOfEveryPublishedAzureUnit(String unitOfMeasure, String accountTypes, String blockSize) {
        assertEquals(0, new BigDecimal(blockSize).compareTo(PricingUnit.parse(unitOfMeasure).block()));
    }

    @ParameterizedTest(name = "\"{0}\": block {1}, tokens {2}, bare {3}")
    @CsvSource(delimiter = '|', textBlock = """
            '1000 Tokens' | 1000    | true  | false
            '1M'          | 1000000 | false | true
            '1000 '       | 1000    | false | true
            'Tokens'      | 1       | true  | false
            '1K Tokens'   | 1000    | true  | false
            '1 Hour'      | 1       | false | false
            '10K/Month'   | 10000   | false | false
            """)
    void saysWhetherAUnitCountsTokens(String unit, long block, boolean tokens, boolean bare) {
        PricingUnit parsed = PricingUnit.parse(unit);
        assertEquals(BigDecimal.valueOf(block), parsed.block().stripTrailingZeros().setScale(0));
        assertEquals(tokens, parsed.countsTokens());
        assertEquals(bare, parsed.isBareBlock());
    }
}
