package dev.ratecard.ui.dialog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * An error as the user should hear it: what happened (one sentence, in their terms), what to do about it, and
 * the technical details folded away for a bug report.
 */
public record ErrorReport(String whatHappened, String whatToDo, Optional<String> details) {
    public ErrorReport {
        Objects.requireNonNull(whatHappened, "whatHappened");
        Objects.requireNonNull(whatToDo, "whatToDo");
        Objects.requireNonNull(details, "details");
    }

    public static ErrorReport of(String whatHappened, String whatToDo) {
        return new ErrorReport(whatHappened, whatToDo, Optional.empty());
    }

    /**
     * With the cause's message appended to what happened (import errors name file, line and value there) and
     * its stack trace as the details.
     */
    public static ErrorReport of(String whatHappened, Throwable cause, String whatToDo) {
        String message = cause.getMessage();
        String happened = message == null || message.isBlank() ? whatHappened : whatHappened + ": " + message;
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return new ErrorReport(happened, whatToDo, Optional.of(trace.toString()));
    }
}
