package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.UsageBucket;

import java.util.Locale;
import java.util.Set;

/**
 * Which token bucket a billing meter is for, from the words of its name: Azure writes
 * {@code gpt-4o-0806-Inp-glbl}, {@code gpt 4o 0513 cached Input regnl Tokens}, {@code …-Outp-…}; others write
 * input/output/prompt/completion. {@code null} when the name does not say.
 */
final class MeterWords {
    private static final Set<String> CACHED = Set.of("cached", "cchd", "cache", "cachedinput");
    private static final Set<String> INPUT = Set.of("input", "inp", "prompt", "in");
    private static final Set<String> OUTPUT = Set.of("output", "outp", "opt", "completion", "out");

    private MeterWords() {
    }

    /** The runs of letters and digits in {@code text}. */
    private static java.util.List<String> words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    static UsageBucket bucket(String... names) {
        for (String name : names) {
            UsageBucket bucket = bucketOf(name);
            if (bucket != null) {
                return bucket;
            }
        }
        return null;
    }

    static boolean mentionsTokens(String... names) {
        for (String name : names) {
            if (name != null && name.toLowerCase(Locale.ROOT).contains("token")) {
                return true;
            }
        }
        return false;
    }

    private static UsageBucket bucketOf(String name) {
        if (name == null) {
            return null;
        }
        boolean cached = false;
        boolean write = false;
        boolean input = false;
        boolean output = false;
        for (String word : words(name.toLowerCase(Locale.ROOT))) {
            cached |= CACHED.contains(word);
            write |= word.equals("write") || word.equals("creation");
            input |= INPUT.contains(word);
            output |= OUTPUT.contains(word);
        }
        if (cached && write) {
            return UsageBucket.CACHE_WRITE_5M;
        }
        if (cached && !output) {
            return UsageBucket.CACHE_READ;
        }
        if (input && !output) {
            return UsageBucket.UNCACHED_INPUT;
        }
        if (output && !input) {
            return UsageBucket.OUTPUT_TEXT;
        }
        return null;
    }
}
