package dev.ratecard.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * How a cost line's source text is put together when its inputs come from several places: one part per input,
 * {@code "input: citation"}, separated by {@link #SEPARATOR}. A citation of a bundled default that is low authority
 * or unverified carries {@link #ROUGH}.
 */
public final class Sources {
    public static final String SEPARATOR = " | ";
    public static final String ROUGH = "rough default";

    private Sources() {
    }

    public static List<String> parts(String source) {
        return Arrays.asList(source.split(" \\| "));
    }

    /** The inputs of a source text whose citation is a rough default, by the name its part gives them. */
    public static List<String> roughInputs(String source) {
        return parts(source).stream().filter(p -> p.contains(ROUGH))
                .map(p -> p.contains(": ") ? p.substring(0, p.indexOf(": ")) : p).toList();
    }
}
