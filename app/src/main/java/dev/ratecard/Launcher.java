package dev.ratecard;

import dev.ratecard.cli.RatecardCommand;
import dev.ratecard.ui.DesktopApp;

/**
 * The jar's entry point: no arguments opens the desktop window; anything else is the command line. Not a
 * JavaFX {@code Application} itself, so that the command line never starts the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.open(args);
            return;
        }
        System.exit(RatecardCommand.run(args));
    }
}
