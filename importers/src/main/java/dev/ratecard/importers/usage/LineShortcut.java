package dev.ratecard.importers.usage;

/**
 * A JSONL reader's way to read its common lines without a JSON tree. It either makes the line's record
 * exactly as the tree reading would, or declines and the line is read as a tree.
 */
interface LineShortcut {
    /** The record of the line {@code chars[start, end)}, ready to emit, or {@code null} to have the line read as a tree. */
    Draft draft(char[] chars, int start, int end);
}
