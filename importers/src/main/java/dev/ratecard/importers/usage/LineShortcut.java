package dev.ratecard.importers.usage;

/**
 * A JSONL reader's way to read its common lines without a JSON tree. It either makes the line's record
 * exactly as the tree reading would, or declines and the line is read as a tree.
 */
interface LineShortcut {
    /** The record of the line {@code chars[start, end)}, ready to emit, or {@code null} to have the line read as a tree. */
    Draft draft(char[] chars, int start, int end);

    /**
     * The record of the line that starts at {@code start}, in text that runs on to {@code limit} past the line's
     * end, so that the line need not be found first; {@code null} to have it split off and read as a line.
     * {@link #endOfRecord()} then says where the line's JSON ended (spaces and a line break must follow).
     */
    Draft draftFrom(char[] chars, int start, int limit);

    int endOfRecord();

    /** Spaces and tabs skipped from {@code at} in the text of the last {@link #draftFrom}. */
    int afterSpaces(int at);
}
