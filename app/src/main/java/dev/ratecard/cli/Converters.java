package dev.ratecard.cli;

import dev.ratecard.importers.text.DecimalSeparator;
import dev.ratecard.importers.usage.UsageFormat;
import picocli.CommandLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Option values read with messages that say what is accepted; a bad value is a usage error (exit 2). */
final class Converters {
    private Converters() {
    }

    static final class Format implements CommandLine.ITypeConverter<UsageFormat> {
        @Override
        public UsageFormat convert(String value) {
            return UsageFormat.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a usage format; formats: " + UsageFormat.ids()));
        }
    }

    /** The format ids, for help texts. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(UsageFormat.values()).map(UsageFormat::id).iterator();
        }
    }

    static final class Separator implements CommandLine.ITypeConverter<DecimalSeparator> {
        @Override
        public DecimalSeparator convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "point", "." -> DecimalSeparator.POINT;
                case "comma", "," -> DecimalSeparator.COMMA;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a decimal separator; use point or comma");
            };
        }
    }

    static final class Zone implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a time zone; use an IANA name such as UTC, Europe/Berlin or America/New_York");
            }
        }
    }

    static final class Date implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD");
            }
        }
    }
}
