package dev.ratecard.importers.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The disjoint meters that usage is normalised into at import, so that every token is priced exactly once.
 * OpenAI-style inclusive counts (prompt includes cached, completion includes reasoning) are split by the
 * readers; Anthropic-style disjoint counts map one to one.
 */
public enum UsageBucket {
    UNCACHED_INPUT(Unit.TOKEN, Side.INPUT),
    CACHE_READ(Unit.TOKEN, Side.INPUT),
    /** Cache writes with a 5-minute lifetime, and writes whose lifetime the source does not say. */
    CACHE_WRITE_5M(Unit.TOKEN, Side.INPUT),
    CACHE_WRITE_1H(Unit.TOKEN, Side.INPUT),
    /** Output other than reasoning, audio and image. */
    OUTPUT_TEXT(Unit.TOKEN, Side.OUTPUT),
    /** Priced at its own rate where a sheet has one, else at the output rate. */
    REASONING(Unit.TOKEN, Side.OUTPUT),
    AUDIO_INPUT(Unit.TOKEN, Side.INPUT),
    AUDIO_OUTPUT(Unit.TOKEN, Side.OUTPUT),
    IMAGE_INPUT(Unit.TOKEN, Side.INPUT),
    IMAGE_OUTPUT(Unit.TOKEN, Side.OUTPUT),
    /** Model requests; priced by a per-request fee where a sheet has one. */
    REQUESTS(Unit.REQUEST, Side.NONE),
    /** Built-in web search tool calls. */
    WEB_SEARCH(Unit.CALL, Side.NONE);

    /** What one count of a bucket is. */
    public enum Unit { TOKEN, REQUEST, CALL }

    /** Which side of a request a token bucket belongs to; tiers are chosen by the input side. */
    public enum Side { INPUT, OUTPUT, NONE }

    private static final List<UsageBucket> VALUES = List.of(values());
    private static final List<UsageBucket> TOKENS = VALUES.stream().filter(UsageBucket::isToken).toList();

    private final Unit unit;
    private final Side side;

    UsageBucket(Unit unit, Side side) {
        this.unit = unit;
        this.side = side;
    }

    public Unit unit() {
        return unit;
    }

    public Side side() {
        return side;
    }

    public boolean isToken() {
        return unit == Unit.TOKEN;
    }

    /** The name used in files, the database, JSON output and the command line, e.g. {@code cache_write_5m}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UsageBucket> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.name().equals(normalised)).findFirst();
    }

    public static List<UsageBucket> all() {
        return VALUES;
    }

    public static List<UsageBucket> tokenBuckets() {
        return TOKENS;
    }
}
