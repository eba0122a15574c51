package dev.slimline.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a program's output, keeping only the last bytes when it is huge (a chatty build), so memory stays
 * bounded while the end, where errors are, is kept.
 */
public final class OutputTail {

    static final int DEFAULT_LIMIT = 8 * 1024 * 1024;

    private final int limit;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    OutputTail(int limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        if (buffer.size() > limit) {
            byte[] all = buffer.toByteArray();
            int keep = limit / 2;
            buffer = new ByteArrayOutputStream(limit);
            buffer.write(all, all.length - keep, keep);
        }
    }

    synchronized String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The last {@code lines} lines of a text, for log tails and one-line error reasons. */
    public static String lastLines(String text, int lines) {
        String[] all = text.strip().split("\\R");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", Arrays.copyOfRange(all, from, all.length));
    }
}
