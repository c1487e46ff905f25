package dev.ratecard.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ratecard.cli.RatecardCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pricing a 1,000,000-line JSONL request log end to end, exactly as {@code ratecard cost --usage FILE} does it
 * (the command itself, in this JVM: catalogue, detection, reading, matching, pricing by route, the printed
 * report), against a bare Jackson streaming parse of the same file that reads every token and value and builds
 * nothing. Both run in the same JVM, alternating, for several rounds after a warm-up; the file is written once
 * to a temporary folder and deleted at the end.
 *
 * <p>Target: pricing ≤ 1.5 × the bare parse. Run: {@code ./mvnw -Pbench -pl src-test -am verify -Dbench=PricingBench}
 * (arguments after the name: lines, rounds).
 */
final class PricingBench implements BenchCommand {
    static final String PRICING = "ratecard cost (read + match + price + report)";
    static final String BARE_PARSE = "bare Jackson streaming parse (baseline)";

    @Override
    public String name() {
        return "PricingBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        int lines = Bench.argument(args, 0, 1_000_000);
        int rounds = Bench.argument(args, 1, 5);
        Path folder = Files.createTempDirectory("ratecard-pricing-bench");
        try {
            Path log = SyntheticRequestLog.write(folder.resolve("requests.jsonl"), lines);
            System.out.printf("%,d lines, %.1f MB, %d rounds after one warm-up round, java %s, heap max %d MiB%n", lines,
                    Files.size(log) / 1e6, rounds, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            Timings timings = new Timings();
            for (int round = -1; round < rounds; round++) {
                long parse = timed(() -> bareParse(log));
                long price = timed(() -> priceWithTheCommand(log));
                if (round >= 0) {
                    timings.add(BARE_PARSE, parse);
                    timings.add(PRICING, price);
                }
            }
            timings.print(lines);
            timings.printRatio(PRICING, BARE_PARSE);
        } finally {
            Bench.deleteTree(folder);
        }
    }

    private static void priceWithTheCommand(Path log) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        CommandLine cli = RatecardCommand.commandLine().setOut(discard).setErr(discard);
        int exit = cli.execute("cost", "--usage", log.toString());
        if (exit != 0) {
            throw new IllegalStateException("ratecard cost exited with " + exit);
        }
    }

    /** Every token, every field name and value read; nothing kept. */
    static long bareParse(Path log) throws IOException {
        long checksum = 0;
        try (JsonParser parser = new JsonFactory().createParser(log.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                checksum += switch (token) {
                    case FIELD_NAME -> parser.currentName().length();
                    case VALUE_STRING -> parser.getText().length();
                    case VALUE_NUMBER_INT -> parser.getLongValue();
                    case VALUE_NUMBER_FLOAT -> parser.getDecimalValue().scale();
                    default -> 1;
                };
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return checksum;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
