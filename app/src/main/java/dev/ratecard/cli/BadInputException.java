package dev.ratecard.cli;

/** Input the user gave that Ratecard cannot use (an unknown model or sheet): exit code 1, with this message. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
