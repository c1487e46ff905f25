package dev.ratecard.importers.text;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A file opened as text: gzip unwrapped, the encoding found (a byte-order mark first; then UTF-16 by its
 * zero bytes; then UTF-8 if every byte of the file is well-formed UTF-8, else Windows-1252, the whole file checked
 * when the reading first meets a byte that is not ASCII, which reads the same in both), the mark skipped,
 * and the content decoded strictly, so a byte that is not a character is an error rather than a silent
 * {@code �}. Empty files, binary files, archives and spreadsheets are refused with a reason.
 *
 * <p>{@link #bytesRead()} counts bytes taken from the disk, for progress against {@link #size()}.
 */
public final class TextFile implements Closeable {
    private static final int BUFFER = 1 << 16;
    private static final int SAMPLE = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CountingInputStream counted;
    private final BufferedReader reader;
    private final Encoding encoding;
    private final long size;

    private TextFile(CountingInputStream counted, InputStream content, CharsetDecoder decoder, Encoding encoding,
                     long size) {
        this.counted = counted;
        DecodingReader.Decision decision = encoding.known() ? null : () -> encoding.decided().charset;
        DecodingReader decoding = new DecodingReader(content, decoder, decision);
        encoding.readBy(decoding);
        this.reader = new BufferedReader(decoding, BUFFER);
        this.encoding = encoding;
        this.size = size;
    }

    /**
     * @param name            how the file is named in issues (its file name, never a full path)
     * @param checkWholeFile  decide between UTF-8 and Windows-1252 over the whole file (checked when the reading first
     *                        meets a byte outside ASCII); without it only the first 64 KiB are looked at (enough to
     *                        detect a format, not to import)
     */
    public static TextFile open(Path file, String name, boolean checkWholeFile) throws IOException, ImportException {
        long size = Files.size(file);
        if (size == 0) {
            throw refuse(name, "the file is empty");
        }
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        try {
            BufferedInputStream raw = new BufferedInputStream(counted, BUFFER);
            boolean gzip = startsWith(raw, 0x1F, 0x8B);
            InputStream content = gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
            byte[] sample = sample(content);
            if (sample.length == 0) {
                throw refuse(name, "the file is empty" + (gzip ? " once uncompressed" : ""));
            }
            Detected detected = detect(sample, name);
            if (detected.charset == null) {
                long invalidAt = firstNonUtf8Byte(sample);
                if (invalidAt < 0 && checkWholeFile) {
                    // A UTF-8 sample: the rest of the file decides, checked if the reading meets a byte outside ASCII.
                    Encoding undecided = new Encoding(gzip, null, file);
                    return new TextFile(counted, content, strict(StandardCharsets.UTF_8), undecided, size);
                }
                detected = utf8OrWindows1252(invalidAt);
            }
            content.skipNBytes(detected.skip);
            return new TextFile(counted, content, strict(detected.charset), new Encoding(gzip, detected, null), size);
        } catch (IOException | ImportException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    private record Detected(Charset charset, int skip, String description) {
    }

    /**
     * How the file is decoded: known at open, or decided between UTF-8 and Windows-1252 over the whole file when the
     * reading first meets a byte outside ASCII ({@link WholeFileUtf8Check}); a file read to its end without one is
     * ASCII, which is UTF-8, and is not checked at all.
     */
    private static final class Encoding {
        private final boolean gzip;
        /** The file to check, or {@code null} when the encoding was known at open. */
        private final Path unchecked;
        private Detected detected;
        private DecodingReader reading;

        Encoding(boolean gzip, Detected detected, Path unchecked) {
            this.gzip = gzip;
            this.detected = detected;
            this.unchecked = unchecked;
        }

        boolean known() {
            return unchecked == null;
        }

        void readBy(DecodingReader decoding) {
            reading = decoding;
        }

        /** Checks the whole file if that is still to do. */
        Detected decided() throws IOException {
            Detected known = detected;
            if (known == null) {
                known = reading.endedAllAscii() ? utf8OrWindows1252(-1)
                        : utf8OrWindows1252(WholeFileUtf8Check.firstInvalidByte(unchecked, gzip));
                detected = known;
            }
            return known;
        }

        String description() throws IOException {
            return (gzip ? "gzip, " : "") + decided().description;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Detected utf8OrWindows1252(long firstInvalidByte) {
        return firstInvalidByte < 0
                ? new Detected(StandardCharsets.UTF_8, 0, "UTF-8")
                : new Detected(WINDOWS_1252, 0, "Windows-1252 (byte " + firstInvalidByte + " is not UTF-8)");
    }


    private static Detected detect(byte[] s, String name) throws ImportException {
        int b0 = s[0] & 0xFF;
        int b1 = s.length > 1 ? s[1] & 0xFF : -1;
        int b2 = s.length > 2 ? s[2] & 0xFF : -1;
        int b3 = s.length > 3 ? s[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            if (s.length == 3) {
                throw refuse(name, "the file is empty (only a byte-order mark)");
            }
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
        }
        if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)) {
            throw refuse(name, "the file is UTF-32, which Ratecard does not read; save it as UTF-8");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE with BOM");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE with BOM");
        }
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            throw refuse(name, "the file is a ZIP archive (or an Excel workbook); unpack it, or save the sheet as CSV");
        }
        Charset utf16 = utf16WithoutBom(s);
        if (utf16 != null) {
            return new Detected(utf16, 0, utf16.name() + " without BOM");
        }
        rejectBinary(s, name);
        return new Detected(null, 0, null);
    }

    /** Mostly-ASCII UTF-16 has a zero in every other byte; binary data does not show that pattern. */
    private static Charset utf16WithoutBom(byte[] s) {
        int n = Math.min(s.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += s[i] == 0 ? 1 : 0;
            oddZeros += s[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 > pairs * 7 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 7 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void rejectBinary(byte[] s, String name) throws ImportException {
        int controls = 0;
        for (int i = 0; i < s.length; i++) {
            int b = s[i] & 0xFF;
            if (b == 0) {
                throw refuse(name, "binary data, not text (a zero byte at offset " + i + "); is this the right file?");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls * 100 > s.length) {
            throw refuse(name, "binary data, not text (" + controls + " control bytes in the first " + s.length + "); is this the right file?");
        }
    }

    private static boolean startsWith(BufferedInputStream in, int first, int second) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == first && b == second;
    }

    private static byte[] sample(InputStream in) throws IOException {
        in.mark(SAMPLE);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        return sample;
    }

    private static long firstNonUtf8Byte(byte[] sample) {
        Utf8Validator validator = new Utf8Validator();
        int length = sample.length;
        // A sample cut inside a multi-byte character is not malformed; leave the partial character out.
        int back = 0;
        while (back < 3 && back < length && (sample[length - 1 - back] & 0xC0) == 0x80) {
            back++;
        }
        if (back < length && (sample[length - 1 - back] & 0xFF) >= 0xC0) {
            length -= back + 1;
        }
        validator.feed(sample, length);
        long invalid = validator.finish();
        return invalid;
    }

    private static ImportException refuse(String name, String reason) {
        return new ImportException(ImportIssue.error(SourceRef.wholeFile(name), null, null, reason));
    }

    /** The decoded content, buffered, with {@link BufferedReader#mark(int)} support for peeking. */
    public BufferedReader reader() {
        return reader;
    }

    /**
     * How the bytes were read, for the summary: {@code UTF-8 with BOM}, {@code gzip, Windows-1252 (…)}. If the
     * encoding is still open (the reading has met no byte outside ASCII) and the file was not read to its end, the
     * whole file is checked now, on this thread.
     *
     * @throws UncheckedIOException if the file could not be read to the end for that check
     */
    public String encoding() {
        try {
            return encoding.description();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the file (as stored, so compressed for gzip) read so far. */
    public long bytesRead() {
        return counted.count;
    }

    public long size() {
        return size;
    }

    /**
     * Up to {@code chars} characters from the current position, without consuming them. Stops early, without
     * error, at bytes that are no characters in the encoding: reading on reports them where they are.
     */
    public String peek(int chars) throws IOException {
        reader.mark(chars + 1);
        char[] buffer = new char[chars];
        int total = 0;
        int read;
        try {
            while (total < chars && (read = reader.read(buffer, total, chars - total)) > 0) {
                total += read;
            }
        } catch (java.nio.charset.CharacterCodingException undecodable) {
            // The text so far is what there is to look at; the read itself will meet and report these bytes.
        }
        reader.reset();
        return new String(buffer, 0, total);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
