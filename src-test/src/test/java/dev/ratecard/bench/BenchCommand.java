package dev.ratecard.bench;

import java.util.List;

/** A benchmark that measures whole processes or files rather than a JMH method. */
public interface BenchCommand {
    String name();

    void run(List<String> args) throws Exception;
}
