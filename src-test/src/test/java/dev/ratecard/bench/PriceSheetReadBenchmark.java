package dev.ratecard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.prices.PriceSheetReaders;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reading a whole price catalogue (LiteLLM's 1.5 MB map, or any other price sheet) against a baseline in the
 * same run: Jackson building a plain tree of the same bytes, the least work any reader of the file must do.
 * The file is not in the repository; give it with {@code -p file=<path>} or
 * {@code -Dratecard.bench.pricesheet=<path>}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PriceSheetReadBenchmark {
    @Param("")
    public String file;

    private byte[] content;
    private String fileName;
    private PriceSheetReaders readers;
    private ObjectMapper plainJackson;

    @Setup
    public void load() throws Exception {
        String path = file.isEmpty() ? System.getProperty("ratecard.bench.pricesheet", "") : file;
        if (path.isEmpty()) {
            throw new IllegalStateException("give the price sheet to read with -p file=<path> "
                    + "or -Dratecard.bench.pricesheet=<path>, e.g. LiteLLM's model_prices_and_context_window.json");
        }
        content = Files.readAllBytes(Path.of(path));
        fileName = Path.of(path).getFileName().toString();
        readers = new PriceSheetReaders();
        plainJackson = new ObjectMapper();
    }

    @Benchmark
    public JsonNode baselineJacksonTree() throws Exception {
        return plainJackson.readTree(content);
    }

    @Benchmark
    public PriceSheetRead readPriceSheet() throws Exception {
        return readers.read(fileName, new ByteArrayInputStream(content), null, ReadContext.NONE);
    }
}
