package dev.ratecard.workspace.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The engineering team's coding assistant on Claude, written as Anthropic's Admin API messages usage report in
 * hourly buckets, grouped by API key (one per developer) and model. Coding sessions re-read a large cached context
 * (cache reads dominate the input), write new context to the 5-minute cache, and produce long outputs; a faster
 * Haiku model takes the small side tasks. Six developers, working hours in Europe, little at weekends. Hours
 * without usage are empty buckets, as the API returns them.
 */
final class CodingExport {
    static final String MAIN_MODEL = "claude-sonnet-4-5-20250929";
    static final String SIDE_MODEL = "claude-haiku-4-5-20251001";
    /** Developer sessions (one developer for one hour) a month at the middle of the period: about 12M tokens. */
    static final double SESSIONS_PER_MONTH = 390;

    private static final String[] API_KEYS = {"apikey_01Hq7vRk2mWcE8TnVbXy3LpA", "apikey_01Jd4sNf8kQz2RwUcGhM6TbE",
            "apikey_01Kp9xTg5nVa7YsLeJrB1QcF", "apikey_01Lm3zWh6pXb8ZtMfKsC2RdG", "apikey_01Mn5aYj7qZc9AuNgLtD3SeH",
            "apikey_01Nq6bZk8rAd1BvPhMuE4TfJ"};
    private static final String WORKSPACE = "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ";

    static final TrafficShape SHAPE = new TrafficShape(
            new double[] {0, 0, 0, 0, 0, 0, 0.5, 4, 8, 10, 10, 7, 6, 9, 10, 10, 8, 5, 2, 1, 0.5, 0.3, 0, 0},
            new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.3, 0, 0, 0, 0},
            0.06, 0.07, 0.15);

    private CodingExport() {
    }

    /** Tokens of one result: the four disjoint input buckets and the output. */
    private record Tokens(long uncached, long cacheRead, long write5m, long write1h, long output) {
        Tokens plus(Tokens o) {
            return new Tokens(uncached + o.uncached, cacheRead + o.cacheRead, write5m + o.write5m, write1h + o.write1h,
                    output + o.output);
        }
    }

    /** Writes one month of hourly buckets as a single report page. */
    static void write(Writer out, YearMonth month, List<TrafficShape.Day> days, SampleRandom random) throws IOException {
        out.write("{\"data\":[\n");
        boolean first = true;
        for (TrafficShape.Day day : days) {
            if (!YearMonth.from(day.date()).equals(month)) {
                continue;
            }
            int[][] sessions = assignSessions(day, random);
            for (int hour = 0; hour < 24; hour++) {
                out.write(first ? "" : ",\n");
                first = false;
                writeBucket(out, day.date(), hour, sessions[hour], random);
            }
        }
        out.write("\n],\"has_more\":false,\"next_page\":null}\n");
    }

    /** How many sessions each developer has in each hour of the day. */
    private static int[][] assignSessions(TrafficShape.Day day, SampleRandom random) {
        int[][] sessions = new int[24][API_KEYS.length];
        for (long i = 0; i < day.units(); i++) {
            int hour = (int) ChronoUnit.HOURS.between(day.date().atStartOfDay().toInstant(ZoneOffset.UTC),
                    SHAPE.momentOn(day.date(), random));
            sessions[hour][random.below(API_KEYS.length)]++;
        }
        return sessions;
    }

    private static void writeBucket(Writer out, LocalDate date, int hour, int[] sessions, SampleRandom random)
            throws IOException {
        Instant start = date.atStartOfDay().toInstant(ZoneOffset.UTC).plus(hour, ChronoUnit.HOURS);
        out.write("{\"starting_at\":\"" + start + "\",\"ending_at\":\"" + start.plus(1, ChronoUnit.HOURS)
                + "\",\"results\":[");
        boolean first = true;
        for (int developer = 0; developer < sessions.length; developer++) {
            Tokens main = new Tokens(0, 0, 0, 0, 0);
            Tokens side = new Tokens(0, 0, 0, 0, 0);
            for (int s = 0; s < sessions[developer]; s++) {
                main = main.plus(new Tokens(random.logNormal(1_700, 0.5, 50, 40_000),
                        random.logNormal(13_500, 0.6, 0, 400_000), random.logNormal(2_400, 0.6, 0, 90_000),
                        random.chance(0.1) ? random.logNormal(3_000, 0.5, 0, 60_000) : 0,
                        random.logNormal(6_000, 0.55, 100, 64_000)));
                if (random.chance(0.5)) {
                    side = side.plus(new Tokens(random.logNormal(900, 0.5, 20, 20_000),
                            random.logNormal(3_000, 0.6, 0, 100_000), random.logNormal(600, 0.6, 0, 30_000), 0,
                            random.logNormal(1_200, 0.5, 20, 16_000)));
                }
            }
            for (Map.Entry<String, Tokens> result : List.of(Map.entry(MAIN_MODEL, main), Map.entry(SIDE_MODEL, side))) {
                Tokens t = result.getValue();
                if (t.uncached + t.cacheRead + t.write5m + t.write1h + t.output == 0) {
                    continue;
                }
                out.write(first ? "" : ",");
                first = false;
                out.write("{\"uncached_input_tokens\":" + t.uncached + ",\"cache_creation\":{\"ephemeral_1h_input_tokens\":"
                        + t.write1h + ",\"ephemeral_5m_input_tokens\":" + t.write5m + "},\"cache_read_input_tokens\":"
                        + t.cacheRead + ",\"output_tokens\":" + t.output + ",\"server_tool_use\":{\"web_search_requests\":0},"
                        + "\"api_key_id\":\"" + API_KEYS[developer] + "\",\"workspace_id\":\"" + WORKSPACE
                        + "\",\"model\":\"" + result.getKey() + "\",\"service_tier\":\"standard\",\"context_window\":\"0-200k\"}");
            }
        }
        out.write("]}");
    }
}
