package dev.ratecard.importers.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members a {@link FlatJsonScanner} is asked for, as a tree of object levels: each level's names with the small
 * open-addressing tables the scan probes for every member it meets, and the slot where each kept value goes. Built
 * once per read; the scan only looks things up, apart from each level's memory of names it found safe to skip.
 */
final class ScanPaths {
    /** How many skipped member names each level remembers as checked. */
    private static final int MAX_SKIPPABLE = 64;

    /** An object level of the asked-for paths. */
    static final class Level {
        final List<String> names = new ArrayList<>();
        final List<Level> children = new ArrayList<>();
        /** Per name: the leaf's slot, or the slot that records the object's presence. */
        final List<Integer> slots = new ArrayList<>();
        final List<Boolean> anyValue = new ArrayList<>();
        /** Open addressing over {@link #key}; holds index + 1, 0 for empty. */
        int[] table;
        char[][] nameChars;
        int[] lowerHashes;
        /**
         * Names met here and found safe to skip (no dot, ASCII, no kept name in another case), remembered so that
         * the members every line repeats are checked once; open addressing as {@link #table}, holding slot + 1.
         */
        private final int[] skippableTable = new int[4 * MAX_SKIPPABLE];
        private final char[][] skippable = new char[MAX_SKIPPABLE][];
        private int skippableCount;

        /** The index of the name {@code chars[start, end)}, or -1: a table keyed on its length and three of its letters. */
        int find(char[] chars, int start, int end) {
            int mask = table.length - 1;
            for (int probe = key(chars, start, end) & mask; table[probe] != 0; probe = (probe + 1) & mask) {
                int i = table[probe] - 1;
                char[] name = nameChars[i];
                if (Arrays.equals(name, 0, name.length, chars, start, end)) {
                    return i;
                }
            }
            return -1;
        }

        boolean isKnownSkippable(char[] chars, int start, int end) {
            int mask = skippableTable.length - 1;
            for (int probe = key(chars, start, end) & mask; skippableTable[probe] != 0; probe = (probe + 1) & mask) {
                char[] name = skippable[skippableTable[probe] - 1];
                if (Arrays.equals(name, 0, name.length, chars, start, end)) {
                    return true;
                }
            }
            return false;
        }

        /** Remembers a name checked safe to skip, while there is room: lines with ever new names are only checked. */
        void rememberSkippable(char[] chars, int start, int end) {
            if (skippableCount == MAX_SKIPPABLE) {
                return;
            }
            int mask = skippableTable.length - 1;
            int probe = key(chars, start, end) & mask;
            while (skippableTable[probe] != 0) {
                probe = (probe + 1) & mask;
            }
            skippable[skippableCount] = Arrays.copyOfRange(chars, start, end);
            skippableTable[probe] = ++skippableCount;
        }

        boolean collidesIgnoringCase(char[] chars, int start, int end, int lowerHash) {
            for (int i = 0; i < lowerHashes.length; i++) {
                if (lowerHashes[i] == lowerHash && sameIgnoringCase(nameChars[i], chars, start, end)) {
                    return true;
                }
            }
            return false;
        }

        /** ASCII names only reach here: a case-blind comparison of ASCII letters is all {@code equalsIgnoreCase} does for them. */
        private static boolean sameIgnoringCase(char[] name, char[] chars, int start, int end) {
            if (name.length != end - start) {
                return false;
            }
            for (int i = 0; i < name.length; i++) {
                if (lower(name[i]) != lower(chars[start + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Level root = new Level();
    private final Map<String, Integer> slotByPath = new HashMap<>();

    /**
     * @param paths       the members to keep, as dotted paths from the line's top level
     * @param presentOnly paths whose value is only noted as present (or null), never kept
     */
    ScanPaths(Collection<String> paths, Collection<String> presentOnly) {
        List<String> all = new ArrayList<>(paths);
        all.addAll(presentOnly);
        for (String path : all) {
            add(path, presentOnly.contains(path));
        }
        index(root);
    }

    Level root() {
        return root;
    }

    /** How many slots the paths and the objects on the way to them take. */
    int size() {
        return slotByPath.size();
    }

    /** The slot of a path given to the constructor (or of an object on the way to one), or -1. */
    int slot(String path) {
        Integer slot = slotByPath.get(path);
        return slot == null ? -1 : slot;
    }

    private void add(String path, boolean any) {
        String[] segments = path.split("\\.");
        Level level = root;
        StringBuilder prefix = new StringBuilder();
        for (int s = 0; s < segments.length; s++) {
            prefix.append(s == 0 ? "" : ".").append(segments[s]);
            int at = level.names.indexOf(segments[s]);
            boolean last = s == segments.length - 1;
            if (at < 0) {
                level.names.add(segments[s]);
                level.children.add(last ? null : new Level());
                level.slots.add(slotByPath.computeIfAbsent(prefix.toString(), p -> slotByPath.size()));
                level.anyValue.add(last && any);
                at = level.names.size() - 1;
            } else if (!last && level.children.get(at) == null) {
                level.children.set(at, new Level());
            }
            if (!last) {
                level = level.children.get(at);
            }
        }
    }

    private static void index(Level level) {
        level.table = new int[Integer.highestOneBit(Math.max(4, level.names.size() * 4) - 1) << 1];
        level.nameChars = new char[level.names.size()][];
        level.lowerHashes = new int[level.names.size()];
        int mask = level.table.length - 1;
        for (int i = 0; i < level.names.size(); i++) {
            String name = level.names.get(i);
            char[] chars = name.toCharArray();
            level.nameChars[i] = chars;
            int probe = key(chars, 0, chars.length) & mask;
            while (level.table[probe] != 0) {
                probe = (probe + 1) & mask;
            }
            level.table[probe] = i + 1;
            level.lowerHashes[i] = lowerHash(chars, 0, chars.length);
            if (level.children.get(i) != null) {
                index(level.children.get(i));
            }
        }
    }

    /** A cheap spread of a name over a small table: its length, first, middle and last letters. */
    static int key(char[] chars, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return 0;
        }
        return length * 0x9E37 ^ chars[start] * 31 ^ chars[start + length / 2] * 131 ^ chars[end - 1] * 7;
    }

    /** A hash of the name {@code chars[start, end)} that ignores the case of ASCII letters. */
    static int lowerHash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(chars[i]);
        }
        return h;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
