package dev.ratecard.ui.prices;

import dev.ratecard.workspace.prices.LibrarySheet;

/**
 * What the sheet picker offers: every sheet at once, or one of them.
 *
 * @param sheet the sheet, or {@code null} for all of them
 */
public record SheetChoice(LibrarySheet sheet) {
    public static final SheetChoice ALL = new SheetChoice(null);

    public boolean isAll() {
        return sheet == null;
    }

    /** e.g. "All sheets", "Anthropic (direct), as of 2026-07-24". */
    public String label() {
        return sheet == null ? "All sheets" : sheet.label() + (sheet.isUserAdded() ? " — yours" : "");
    }

    @Override
    public String toString() {
        return label();
    }
}
