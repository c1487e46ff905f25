package dev.ratecard.workspace.settings;

/** A settings file that cannot be used at all; its message says why, for the sentence the user sees. */
final class UnreadableSettingsException extends Exception {
    UnreadableSettingsException(String reason) {
        super(reason);
    }
}
