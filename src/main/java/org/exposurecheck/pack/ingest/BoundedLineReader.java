package org.exposurecheck.pack.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine()} does (ending at {@code \n}, {@code \r} or
 * {@code \r\n}), but never holds more than {@value #MAX_LINE_CHARS} characters of one line: a longer line is
 * read through and reported as too long, so a source without line breaks cannot fill the memory.
 */
public final class BoundedLineReader implements Closeable {
    /** Far longer than any record of a leak; about 1–4 MB of text. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** One line: its text, or null when it was longer than the limit. */
    public record Line(String text) {
        public boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean afterCarriageReturn;

    public BoundedLineReader(Reader in) {
        this(in, MAX_LINE_CHARS);
    }

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean started = false;
        boolean tooLong = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    return started ? new Line(tooLong ? null : line.toString()) : null;
                }
            }
            char c = buffer[position++];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                afterCarriageReturn = c == '\r';
                return new Line(tooLong ? null : line.toString());
            }
            started = true;
            if (!tooLong) {
                if (line.length() == maxChars) {
                    tooLong = true;
                    line = new StringBuilder();
                } else {
                    line.append(c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
