package dev.ratecard.importers.usage;

import java.util.Locale;

/**
 * The provider of a model named without one, from the naming conventions of the big labs; {@code null} when
 * the name does not say. Used only where a source does not name the provider itself (a bare chat completion
 * can come from any OpenAI-compatible server).
 */
final class Providers {
    private Providers() {
    }

    static String fromModelName(String model) {
        if (model == null) {
            return null;
        }
        String m = model.strip().toLowerCase(Locale.ROOT);
        int slash = m.indexOf('/');
        if (slash > 0) {
            return m.substring(0, slash);
        }
        if (m.startsWith("gpt-") || m.startsWith("chatgpt") || m.startsWith("o1") || m.startsWith("o3")
                || m.startsWith("o4") || m.startsWith("text-embedding") || m.startsWith("omni-moderation")
                || m.startsWith("dall-e") || m.startsWith("whisper") || m.startsWith("tts-") || m.startsWith("codex")
                || m.startsWith("computer-use") || m.startsWith("davinci") || m.startsWith("babbage")) {
            return "openai";
        }
        if (m.startsWith("claude")) {
            return "anthropic";
        }
        if (m.startsWith("gemini") || m.startsWith("gemma")) {
            return "google";
        }
        if (m.startsWith("mistral") || m.startsWith("mixtral") || m.startsWith("codestral") || m.startsWith("magistral")) {
            return "mistral";
        }
        if (m.startsWith("deepseek")) {
            return "deepseek";
        }
        return null;
    }
}
