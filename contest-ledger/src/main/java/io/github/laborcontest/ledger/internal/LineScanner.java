// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits UTF-8 bytes into lines the way {@link java.io.BufferedReader#readLine()} does (a line
 * ends at {@code \n}, {@code \r} or {@code \r\n}) in one reused buffer, so that memory stays
 * constant whatever the input's length (a buffer grows only to the longest line). A byte-order
 * mark at the very start is dropped. Not thread-safe.
 */
public final class LineScanner {

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipLf;
    private boolean first = true;
    private int lineStart;
    private int lineEnd;
    private boolean ascii;
    private final Runnable caughtUp;

    /**
     * A scanner over a stream.
     *
     * @param in the UTF-8 bytes (not closed)
     * @param caughtUp run before a read from the stream that may block (no byte is available),
     *     so that a caller can finish what it has batched
     */
    public LineScanner(InputStream in, Runnable caughtUp) {
        this.in = in;
        this.caughtUp = caughtUp;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if the stream fails
     */
    public boolean next() throws IOException {
        lineStart = pos;
        lineEnd = pos;
        if (skipLf) {
            if (pos >= limit && !fill()) {
                return false;
            }
            if (buf[pos] == '\n') {
                pos++;
            }
            skipLf = false;
            lineStart = pos;
            lineEnd = pos;
        }
        // pos stays at the line's start while it is scanned; fill() moves both when it compacts
        int scanned = 0;
        int high = 0;
        while (true) {
            int i = pos + scanned;
            while (i < limit) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    take(pos, i, high);
                    pos = i + 1;
                    skipLf = b == '\r';
                    return true;
                }
                high |= b;
                i++;
            }
            scanned = i - pos;
            if (!fill()) {
                if (pos < limit) {
                    take(pos, limit, high);
                    pos = limit;
                    return true;
                }
                return false;
            }
        }
    }

    private void take(int from, int to, int high) {
        if (first) {
            first = false;
            if (to - from >= 3
                    && buf[from] == (byte) 0xEF
                    && buf[from + 1] == (byte) 0xBB
                    && buf[from + 2] == (byte) 0xBF) {
                from += 3;
            }
        }
        lineStart = from;
        lineEnd = to;
        ascii = high >= 0;
    }

    /**
     * Whether no character follows the current line's terminator (it is the last line).
     *
     * @return true at the end of the input
     * @throws IOException if the stream fails
     */
    public boolean atEnd() throws IOException {
        if (skipLf) {
            if (pos >= limit && !fill()) {
                return true;
            }
            if (buf[pos] == '\n') {
                pos++;
            }
            skipLf = false;
        }
        return pos >= limit && !fill();
    }

    /**
     * Reads more bytes after {@code limit}, keeping the current line's and the unread bytes.
     *
     * @return false if the stream has ended (no byte was added)
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = Math.min(pos, lineStart);
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            lineStart -= keep;
            lineEnd -= keep;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (in.available() <= 0) {
            caughtUp.run();
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** @return the buffer holding the current line (valid until the next call) */
    public byte[] buffer() {
        return buf;
    }

    /** @return where the current line starts in {@link #buffer()} */
    public int start() {
        return lineStart;
    }

    /** @return the current line's length in bytes, without its terminator */
    public int length() {
        return lineEnd - lineStart;
    }

    /**
     * Whether the current line is well-formed UTF-8 that Jackson decodes as the JDK does (ASCII,
     * or multi-byte sequences that are shortest-form, no surrogates, at most U+10FFFF).
     *
     * @return true if the bytes may go to Jackson directly
     */
    public boolean wellFormed() {
        return ascii || Utf8.wellFormed(buf, lineStart, lineEnd);
    }

    /**
     * The current line as text, malformed bytes replaced as {@link java.io.InputStreamReader}
     * replaces them.
     *
     * @return the line
     */
    public String text() {
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** Strict UTF-8 validation. */
    static final class Utf8 {
        private Utf8() {}

        static boolean wellFormed(byte[] b, int from, int to) {
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                } else if (c >= 0xC2 && c <= 0xDF) {
                    if (i + 1 >= to || !cont(b[i + 1])) {
                        return false;
                    }
                    i += 2;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    if (i + 2 >= to || !cont(b[i + 1]) || !cont(b[i + 2])) {
                        return false;
                    }
                    int c1 = b[i + 1] & 0xFF;
                    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
                        return false;
                    }
                    i += 3;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    if (i + 3 >= to || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
                        return false;
                    }
                    int c1 = b[i + 1] & 0xFF;
                    if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
                        return false;
                    }
                    i += 4;
                } else {
                    return false;
                }
            }
            return true;
        }

        private static boolean cont(byte x) {
            return (x & 0xC0) == 0x80;
        }
    }
}
