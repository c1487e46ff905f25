package dev.ratecard.cli;

/** A command line that asks for something that cannot be: exit code 2, like picocli's own usage errors. */
final class BadUsageException extends RuntimeException {
    BadUsageException(String message) {
        super(message, null, false, false);
    }
}
