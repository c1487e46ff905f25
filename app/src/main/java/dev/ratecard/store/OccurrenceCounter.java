package dev.ratecard.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts how often each 128-bit content hash has been seen in one file, in about 20 bytes per distinct
 * row: an open-addressing table of primitive longs, so that a million key-less rows fit a small heap.
 */
final class OccurrenceCounter {
    private static final int INITIAL_SLOTS = 1 << 10;
    /** Reads the hash's halves in place, where wrapping it in a buffer cost an object per row. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private long[] hashes = new long[2 * INITIAL_SLOTS];
    private int[] seen = new int[INITIAL_SLOTS];
    private int size;

    /** How many times {@code hash} was seen before this call (0 the first time); counts this sighting. */
    int next(byte[] hash) {
        long high = (long) LONGS.get(hash, 0);
        long low = (long) LONGS.get(hash, Long.BYTES);
        if (4L * (size + 1) > 3L * seen.length) {
            grow();
        }
        int slot = find(high, low);
        if (seen[slot] == 0) {
            hashes[2 * slot] = high;
            hashes[2 * slot + 1] = low;
            size++;
        }
        return seen[slot]++;
    }

    /** The slot holding this hash, or the empty slot where it belongs. The hash is uniform: its bits index. */
    private int find(long high, long low) {
        int mask = seen.length - 1;
        int slot = (int) low & mask;
        while (seen[slot] != 0 && (hashes[2 * slot] != high || hashes[2 * slot + 1] != low)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldSeen = seen;
        hashes = new long[oldHashes.length * 2];
        seen = new int[oldSeen.length * 2];
        for (int old = 0; old < oldSeen.length; old++) {
            if (oldSeen[old] != 0) {
                int slot = find(oldHashes[2 * old], oldHashes[2 * old + 1]);
                hashes[2 * slot] = oldHashes[2 * old];
                hashes[2 * slot + 1] = oldHashes[2 * old + 1];
                seen[slot] = oldSeen[old];
            }
        }
    }
}
