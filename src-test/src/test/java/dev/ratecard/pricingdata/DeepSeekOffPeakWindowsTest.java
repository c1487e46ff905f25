package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DeepSeek's peak hours from 2026-08-16 are 01:00-04:00 and 06:00-10:00 UTC, Monday to Friday (api_prices.csv:
 * nrenvo/dsh-turn-trace src/pricing.ts citing DeepSeek's pricing page); every other minute of the week is
 * off-peak. The sheet's windows, read as the format doc defines them, must cover exactly those minutes.
 */
class DeepSeekOffPeakWindowsTest {
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final BundledData data = new BundledData();

    private JsonNode windows(String model) {
        return BundledData.priceEntry(data.ratecardSheets(), "deepseek", model).get("time_windows");
    }

    private static boolean peak(DayOfWeek day, int minute) {
        boolean weekday = day.getValue() <= DayOfWeek.FRIDAY.getValue();
        return weekday && (minute >= 60 && minute < 240 || minute >= 360 && minute < 600);
    }

    /** The format doc: `to` earlier than `from` runs past midnight, and the day is the day the window starts. */
    private static boolean inside(JsonNode window, DayOfWeek day, int minute) {
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        if (window.has("days")) {
            days.clear();
            window.get("days").forEach(d -> days.add(dayOf(d.asText())));
        }
        int from = LocalTime.parse(window.get("from").asText()).toSecondOfDay() / 60;
        int to = LocalTime.parse(window.get("to").asText()).toSecondOfDay() / 60;
        if (from < to) {
            return days.contains(day) && minute >= from && minute < to;
        }
        return days.contains(day) && minute >= from || days.contains(day.minus(1)) && minute < to;
    }

    private static DayOfWeek dayOf(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deepseek-v4-flash", "deepseek-v4-pro"})
    void theOffPeakWindowsCoverExactlyTheMinutesOutsidePeak(String model) {
        JsonNode windows = windows(model);
        List<String> wrong = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
                boolean offPeak = false;
                for (JsonNode w : windows) {
                    assertEquals("UTC", w.get("zone").asText());
                    offPeak |= inside(w, day, minute);
                }
                if (offPeak == peak(day, minute)) {
                    wrong.add(day + " " + LocalTime.ofSecondOfDay(minute * 60L) + (offPeak ? " off-peak" : " peak"));
                }
            }
        }

        assertEquals(List.of(), wrong.stream().limit(10).toList(), wrong.size() + " minutes priced wrongly");
    }
}
