/**
 * The JavaFX desktop app, one package per screen, each a thin view and a view model that is tested
 * without a toolkit. The only package that touches JavaFX.
 */
package dev.ratecard.ui;
