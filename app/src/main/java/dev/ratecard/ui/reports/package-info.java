/** The Reports screen (Ctrl+5): choose scenarios, sections, format and paper; export; open the folder. */
package dev.ratecard.ui.reports;
