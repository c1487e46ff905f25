package dev.ratecard.importers.usage;

/**
 * The natural keys seen so far in one file, with the line of each, in about 24 bytes per key (a 64-bit hash and
 * its line side by side in one open-addressed array) rather than a string set, so that a million request ids fit
 * a small heap. A table of a million keys is larger than the processor's caches, so a cache miss is most of
 * what a new key costs; with the line in the same cache line as its hash, recording a key misses once, not twice
 * (reading the hash, then writing the line in an array of its own). Two different keys sharing a 64-bit hash
 * (odds near 1 in 10^7 at a million keys) would be taken for a duplicate; the duplicate is reported as a
 * warning, never dropped silently.
 */
final class SeenKeys {
    private static final long EMPTY = 0;
    /** Slot {@code i}'s hash at {@code 2i}, its line at {@code 2i + 1}. */
    private long[] slots = new long[2 * 1024];
    private int size;

    /** Records {@code key} at {@code line}; returns the line it was first seen on, or -1 if it is new. */
    long firstLineOf(String key, long line) {
        return firstLineOf(hash(key), line);
    }

    /** As {@link #firstLineOf(String, long)}, for a key whose {@link #hash} is known. */
    long firstLineOf(long hash, long line) {
        int mask = slots.length / 2 - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[2 * i] != EMPTY) {
            if (slots[2 * i] == hash) {
                return slots[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = hash;
        slots[2 * i + 1] = line;
        if (++size * 8 > slots.length * 3) {
            grow();
        }
        return -1;
    }

    /**
     * Reads the slots where the keys of {@code hashes[0, count)} would go, so that their cache misses overlap
     * (the reads do not depend on each other) instead of coming one at a time as each key is recorded; a hint
     * that changes nothing in the table. Returns what it read, so that the reads are not left out as unused.
     */
    long touch(long[] hashes, int count) {
        int mask = slots.length / 2 - 1;
        long read = 0;
        for (int k = 0; k < count; k++) {
            long hash = hashes[k];
            read ^= slots[2 * ((int) (hash ^ (hash >>> 32)) & mask)];
        }
        return read;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int k = 0; k < old.length; k += 2) {
            long hash = old[k];
            if (hash != EMPTY) {
                int i = (int) (hash ^ (hash >>> 32)) & mask;
                while (slots[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = hash;
                slots[2 * i + 1] = old[k + 1];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a SplitMix64 finaliser to spread the bits; never 0 (the empty slot). */
    static long hash(String key) {
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
