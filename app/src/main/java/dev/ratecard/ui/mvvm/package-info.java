/**
 * What every screen's view model builds on: read-only state as JavaFX properties ({@code javafx.beans} needs
 * no running toolkit), validation with the sentence the user sees, and commands that know when they are
 * enabled. Conventions: docs/architecture.md.
 */
package dev.ratecard.ui.mvvm;
