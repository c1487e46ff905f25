package dev.ratecard.ui.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files for the Usage screen's tests: the readers' bad-input corpus, and files written for one test. */
final class UsageFixtures {
    /** A CSV no built-in reader knows, whose header the mapping suggestion reads: time, model, counts, cost, a tag. */
    static final String TEAM_SHEET = """
            date,deployment,input,output,usd,team
            2026-08-03T10:00:00Z,gpt-4o,10000,2000,0.045,search
            2026-08-03T11:00:00Z,gpt-4o-mini,100000,10000,0.021,support
            """;

    private UsageFixtures() {
    }

    /** A file of the bad-input corpus, {@code src-test/src/test/resources/dev/ratecard/importers/usage/bad/}. */
    static Path bad(String name) {
        try {
            return Path.of(UsageFixtures.class.getResource("/dev/ratecard/importers/usage/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code lines} chat completions of 1,000 prompt and 100 completion tokens each, one a second from 2026-08-03. */
    static Path manyRequests(Path folder, int lines) {
        StringBuilder text = new StringBuilder(lines * 150);
        for (int i = 0; i < lines; i++) {
            text.append("{\"id\":\"chatcmpl-").append(i).append("\",\"created\":").append(1_785_715_200L + i)
                    .append(",\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":100,"
                            + "\"total_tokens\":1100}}\n");
        }
        return write(folder, "many.jsonl", text.toString());
    }
}
