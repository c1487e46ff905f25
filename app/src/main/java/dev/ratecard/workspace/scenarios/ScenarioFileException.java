package dev.ratecard.workspace.scenarios;

import java.util.Objects;

/**
 * A scenario file Ratecard cannot use: which file, where in it (a JSON path such as
 * {@code $.options[2].gpu.usd_per_gpu_hour}, or {@code line 4, column 7} for broken JSON) and what is wrong.
 */
public final class ScenarioFileException extends Exception {
    private final String file;
    private final String path;
    private final String reason;

    public ScenarioFileException(String file, String path, String reason) {
        super(file + ": " + path + ": " + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
