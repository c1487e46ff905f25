/**
 * The Scenarios screen: the stored scenarios, and the editor of one with its live results. The view models hold
 * the scenario file as editable fields (each with its check, its source and its place in the file), recompute
 * through the engine off the UI thread on every edit, and turn each result into the figures the views draw: cost
 * over volume with the break-even marked, the monthly bars, the sensitivity tornado, the projection, the tables
 * and the findings.
 */
package dev.ratecard.ui.scenarios;
