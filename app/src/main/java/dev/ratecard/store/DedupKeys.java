package dev.ratecard.store;

import dev.ratecard.importers.model.UsageBucket;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The {@code dedup_key} of each row of one import; the table's UNIQUE index on it is what makes an
 * overlapping export add only the rows the workspace lacks ({@code INSERT OR IGNORE}).
 *
 * <p>A row with a natural key (request id, generation id …) is the same row wherever it appears within its
 * source kind: its key is a hash of the two. A row without one can only be recognised by its content, but
 * identical rows are normal (two equal requests in the same minute, two daily buckets of the same shape),
 * so the content alone would wrongly merge them. Its key is therefore a hash of every stored field plus an
 * <em>occurrence number</em>: the k-th identical row of this file gets k. All identical rows inside one file
 * thus count, while the k-th identical row of a later, overlapping file meets the k-th one already stored
 * and is skipped; if the later file holds more copies than the earlier one, only the extra ones are added.
 * The source line is not hashed: the same row sits on different lines in overlapping exports.
 *
 * <p>Keys are the first 128 bits of SHA-256 over a length-prefixed encoding of the fields (so that
 * {@code "ab","c"} and {@code "a","bc"} differ), with a domain byte apart for the two kinds of key;
 * content keys carry the occurrence as 4 more bytes, so the two kinds can never collide.
 */
final class DedupKeys {
    private static final int HASH_BYTES = 16;
    private static final byte NATURAL = 'N';
    private static final byte CONTENT = 'C';

    private final byte[] sourceKind;
    private final MessageDigest sha256;
    private final OccurrenceCounter occurrences = new OccurrenceCounter();
    private ByteBuffer input = ByteBuffer.allocate(512);
    /** The whole digest, of which a key keeps the first {@link #HASH_BYTES}: written in place, a row at a time. */
    private final byte[] digest = new byte[32];

    DedupKeys(String sourceKind) {
        this.sourceKind = sourceKind.getBytes(StandardCharsets.UTF_8);
        this.sha256 = FileDigest.newSha256();
    }

    byte[] keyOf(UsageRow row) {
        input.clear();
        if (row.naturalKey() != null) {
            putByte(NATURAL);
            putBytes(sourceKind);
            putText(row.naturalKey());
            return hash();
        }
        putByte(CONTENT);
        putBytes(sourceKind);
        putContent(row);
        byte[] content = hash();
        byte[] key = Arrays.copyOf(content, HASH_BYTES + Integer.BYTES);
        ByteBuffer.wrap(key).putInt(HASH_BYTES, occurrences.next(content));
        return key;
    }

    private void putContent(UsageRow row) {
        putLong(row.startMs());
        putLong(row.periodSeconds());
        putText(row.provider());
        putText(row.model());
        putText(row.route());
        putByte((byte) (row.batch() ? 1 : 0));
        putText(row.serviceTier());
        putText(row.region());
        for (String tag : row.columnTags()) {
            putText(tag);
        }
        putText(row.otherTags());
        for (UsageBucket bucket : UsageBucket.all()) {
            putLong(row.counts().get(bucket));
        }
        putByte((byte) (row.costNanos() == null ? 0 : 1));
        if (row.costNanos() != null) {
            putLong(row.costNanos());
            putText(row.costCurrency());
            putText(row.costKind());
        }
    }

    private byte[] hash() {
        sha256.update(input.array(), 0, input.position());
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives 32 bytes", e);
        }
        return Arrays.copyOf(digest, HASH_BYTES);
    }

    /** A string as its UTF-8 length and bytes; {@code null} as length -1, unlike the empty string. */
    private void putText(String text) {
        if (text == null) {
            room(Integer.BYTES);
            input.putInt(-1);
        } else {
            putBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void putBytes(byte[] bytes) {
        room(Integer.BYTES + bytes.length);
        input.putInt(bytes.length).put(bytes);
    }

    private void putLong(long value) {
        room(Long.BYTES);
        input.putLong(value);
    }

    private void putByte(byte value) {
        room(1);
        input.put(value);
    }

    private void room(int bytes) {
        if (input.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(input.capacity() * 2, input.position() + bytes));
            input.flip();
            input = larger.put(input);
        }
    }
}
