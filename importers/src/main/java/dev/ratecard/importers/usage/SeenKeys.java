package dev.ratecard.importers.usage;

/**
 * The natural keys seen so far in one file, with the line of each, in about 24 bytes per key (a 64-bit hash in
 * one open-addressed array, its line in another beside it) rather than a string set, so that a million request
 * ids fit a small heap. A probe reads only the hashes, eight to a cache line, since a table of a million keys
 * is larger than the processor's caches and a miss is most of what a lookup costs. Two different keys sharing a
 * 64-bit hash (odds near 1 in 10^7 at a million keys) would be taken for a duplicate; the duplicate is reported
 * as a warning, never dropped silently.
 */
final class SeenKeys {
    private static final long EMPTY = 0;
    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /** Records {@code key} at {@code line}; returns the line it was first seen on, or -1 if it is new. */
    long firstLineOf(String key, long line) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[i] != EMPTY) {
            if (hashes[i] == hash) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        lines[i] = line;
        if (++size * 4 > hashes.length * 3) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            long hash = oldHashes[k];
            if (hash != EMPTY) {
                int i = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                hashes[i] = hash;
                lines[i] = oldLines[k];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a SplitMix64 finaliser to spread the bits; never 0 (the empty slot). */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }
}
