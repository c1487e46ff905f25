/**
 * Scenario files: the versioned JSON format ({@code docs/formats/scenario.md}), its reader and writer, resolving
 * a file's references against the catalogue and the self-hosting defaults into a {@link dev.ratecard.scenario.Scenario},
 * and the JSON form of a result for {@code --json} output.
 */
package dev.ratecard.workspace.scenarios;
