package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a field says about what is typed into it, and the value it gives the scenario file. */
class FieldValidationTest {
    private static final FieldSpec PRICE = FieldSpec.decimal("GPU price", "USD per GPU-hour", ".gpu.usd_per_gpu_hour");
    private static final FieldSpec SHARE = FieldSpec.percent("Output share", ".output_share");
    private static final FieldSpec FEE = FieldSpec.percent("Top-up fee", ".top_up_fee").atLeast(BigDecimal.ZERO);
    private static final FieldSpec REPLICAS = FieldSpec.count("Minimum replicas", "replicas", ".min_replicas");
    private static final FieldSpec TOKENS = FieldSpec.count("Tokens a month", "tokens", ".tokens_per_month")
            .atLeast(BigDecimal.ONE).required("Enter the tokens a month, input and output together");

    private static ParameterField field(FieldSpec spec, Object initial) {
        return new ParameterField(spec, initial, new Validation());
    }

    private static String problem(FieldSpec spec, String typed) {
        ParameterField field = field(spec, null);
        field.textProperty().set(typed);
        return field.check().error();
    }

    @ParameterizedTest(name = "{0} in {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            price    | abc     | Enter a number, such as 2.69; “abc” is not one
            price    | 2,69    | Enter a number, such as 2.69; “2,69” is not one
            price    | -1      | Must be 0 or more
            share    | 150     | Must be between 0 % and 100 %
            share    | -5      | Must be between 0 % and 100 %
            share    | half    | Enter a number, such as 25; “half” is not one
            fee      | -0.5    | Must be 0 % or more
            replicas | 1.5     | Enter a whole number; 1.5 has a fraction
            replicas | two     | Enter a whole number, such as 2; “two” is not one
            tokens   | 0       | Must be 1 or more
            tokens   | '  '    | Enter the tokens a month, input and output together
            """)
    void saysWhatIsWrongWithTheText(String field, String typed, String expected) {
        FieldSpec spec = switch (field) {
            case "price" -> PRICE;
            case "share" -> SHARE;
            case "fee" -> FEE;
            case "replicas" -> REPLICAS;
            default -> TOKENS;
        };
        assertEquals(expected, problem(spec, typed));
    }

    @ParameterizedTest(name = "\"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            price  | 2.69        | 2.69
            price  | $2.69       | 2.69
            price  | 250,000     | 250000
            price  | 1,234.5     | 1234.5
            share  | 25          | 0.25
            share  | 5.5 %       | 0.055
            share  | 80          | 0.8
            """)
    void readsWhatPeopleType(String field, String typed, String fileValue) {
        ParameterField parameter = field(field.equals("price") ? PRICE : SHARE, null);
        parameter.textProperty().set(typed);

        assertTrue(parameter.check().isValid(), parameter.check().error());
        assertEquals(new BigDecimal(fileValue), parameter.decimal());
    }

    @Test
    void showsAVolumeWithThousandsSeparatorsAndReadsItBack() {
        ParameterField tokens = field(TOKENS, 100_000_000L);

        assertEquals("100,000,000", tokens.textProperty().get());
        tokens.textProperty().set("2,000,000,000");
        assertEquals(2_000_000_000L, tokens.count());
    }

    @Test
    void aValueLeftAloneGoesBackToTheFileWithItsOwnDigits() {
        ParameterField share = field(SHARE, new BigDecimal("0.80"));
        assertEquals("80", share.textProperty().get());
        // "0.80", not "0.8": the file keeps the digits it was written with until the user types another value.
        assertEquals("0.80", share.decimal().toPlainString());

        share.textProperty().set("75");
        assertEquals("0.75", share.decimal().toPlainString());
        share.textProperty().set("80");
        assertEquals("0.80", share.decimal().toPlainString());
    }

    @Test
    void anEmptyFieldTakesTheDefaultAndWritesNothing() {
        ParameterField price = field(PRICE, null);

        assertTrue(price.check().isValid());
        assertNull(price.decimal());
    }

    @Test
    void theEnginesComplaintShowsUntilTheNextEdit() {
        ParameterField replicas = field(REPLICAS, 1);
        replicas.showProblem("scale-to-zero keeps no replicas running");

        assertFalse(replicas.check().isValid());
        assertEquals("scale-to-zero keeps no replicas running", replicas.check().error());

        replicas.textProperty().set("0");

        assertTrue(replicas.check().isValid());
    }
}
