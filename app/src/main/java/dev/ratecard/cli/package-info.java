/** The command line (picocli): the same services as the window, with {@code --json} output and exit codes. */
package dev.ratecard.cli;
