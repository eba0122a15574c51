package dev.slimline.image;

import dev.slimline.io.CountingInputStream;
import dev.slimline.SlimlineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tar reader written for untrusted input: it never allocates from a size the archive claims
 * (meta headers above {@link ReadLimits#maxMetaHeaderBytes()} are skipped unread), checks every header's
 * checksum, and fails with one line when the stream ends inside an entry. Entry data is skipped, not read,
 * unless the caller reads {@link #content()}; on a file that makes skipping a seek.
 *
 * <p>Header-only types (links, directories, devices, FIFOs) carry no data, as in Go's archive/tar,
 * which wrote the layers Docker saves.
 */
public final class TarStreamReader {
    private static final int BLOCK = 512;

    private final CountingInputStream in;
    private final ReadLimits limits;
    private final String label;
    private final List<ArchiveFinding> findings;
    private final byte[] header = new byte[BLOCK];
    private long remaining;
    private long padding;
    private boolean ended;

    /**
     * @param label    names the stream in messages (a layer id, "archive")
     * @param findings where skipped giant headers are reported
     */
    public TarStreamReader(InputStream in, ReadLimits limits, String label, List<ArchiveFinding> findings) {
        this.in = new CountingInputStream(in);
        this.limits = limits;
        this.label = label;
        this.findings = findings;
    }

    /** The next entry, or null at the end-of-archive marker or at a clean end of stream. */
    public TarEntry next() throws IOException {
        if (ended) {
            return null;
        }
        skipFully(remaining + padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        String longLink = null;
        Map<String, String> pax = Map.of();
        while (true) {
            long offset = in.count();
            if (!readHeader()) {
                ended = true;
                return null;
            }
            char type = (char) (header[156] & 0xff);
            long size = parseNumber(124, 12, offset);
            if (size < 0) {
                throw bad(offset, "negative entry size");
            }
            switch (type) {
                case 'L' -> longName = readMeta(size, "GNU long name", offset);
                case 'K' -> longLink = readMeta(size, "GNU long link", offset);
                case 'x' -> {
                    String text = readMeta(size, "PAX header", offset);
                    pax = text == null ? Map.of() : parsePax(text, offset);
                }
                case 'g' -> skipData(size);
                default -> {
                    return entry(type, size, offset, longName, longLink, pax);
                }
            }
        }
    }

    /** The data of the entry last returned by {@link #next()}, bounded to its size. */
    public InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(buffer, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw truncated();
                }
                remaining -= n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long want = Math.min(n, remaining);
                skipFully(want);
                remaining -= want;
                return want;
            }
        };
    }

    /** Bytes consumed from the underlying stream so far. */
    public long position() {
        return in.count();
    }

    private TarEntry entry(char type, long size, long offset, String longName, String longLink,
            Map<String, String> pax) {
        String name = pax.getOrDefault("path", longName != null ? longName : ustarName());
        String link = pax.getOrDefault("linkpath", longLink != null ? longLink : string(157, 100));
        if (pax.containsKey("size")) {
            size = parsePaxSize(pax.get("size"), offset);
        }
        TarEntry.Type kind = switch (type) {
            case '0', '\0', '7' -> TarEntry.Type.FILE;
            case '1' -> TarEntry.Type.HARDLINK;
            case '2' -> TarEntry.Type.SYMLINK;
            case '5' -> TarEntry.Type.DIRECTORY;
            default -> TarEntry.Type.OTHER;
        };
        boolean headerOnly = type >= '1' && type <= '6';
        long dataSize = headerOnly ? 0 : size;
        remaining = dataSize;
        padding = (BLOCK - dataSize % BLOCK) % BLOCK;
        boolean isLink = kind == TarEntry.Type.SYMLINK || kind == TarEntry.Type.HARDLINK;
        return new TarEntry(name, kind, dataSize, isLink ? link : "", offset);
    }

    private boolean readHeader() throws IOException {
        int got = in.readNBytes(header, 0, BLOCK);
        if (got == 0) {
            return false;
        }
        if (got < BLOCK) {
            throw truncated();
        }
        boolean zero = true;
        for (byte b : header) {
            if (b != 0) {
                zero = false;
                break;
            }
        }
        if (zero) {
            return false;
        }
        verifyChecksum(in.count() - BLOCK);
        return true;
    }

    private void verifyChecksum(long offset) {
        long stored = parseNumber(148, 8, offset);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = (i >= 148 && i < 156) ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        if (stored != unsigned && stored != signed) {
            throw bad(offset, "not a tar header (checksum mismatch)");
        }
    }

    /** Reads a GNU long-name/long-link or PAX header, or skips it and reports it when it is giant. */
    private String readMeta(long size, String what, long offset) throws IOException {
        if (size > limits.maxMetaHeaderBytes()) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.GIANT_HEADER, label + " @" + offset,
                    what + " of " + size + " bytes (limit " + limits.maxMetaHeaderBytes() + ") skipped unread"));
            skipData(size);
            return null;
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw truncated();
        }
        skipFully((BLOCK - size % BLOCK) % BLOCK);
        int end = 0;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        return new String(data, 0, what.startsWith("PAX") ? data.length : end, StandardCharsets.UTF_8);
    }

    private void skipData(long size) throws IOException {
        skipFully(size + (BLOCK - size % BLOCK) % BLOCK);
    }

    /** PAX records are {@code "<len> key=value\n"}; only path, linkpath and size matter here. */
    private Map<String, String> parsePax(String text, long offset) {
        Map<String, String> values = new HashMap<>();
        int pos = 0;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        while (pos < bytes.length) {
            int space = pos;
            while (space < bytes.length && bytes[space] != ' ') {
                space++;
            }
            int length;
            try {
                length = Integer.parseInt(new String(bytes, pos, space - pos, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw bad(offset, "malformed PAX record");
            }
            if (length <= space - pos + 1 || pos + length > bytes.length) {
                throw bad(offset, "malformed PAX record length");
            }
            String record = new String(bytes, space + 1, length - (space - pos) - 2, StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            if (eq > 0) {
                String key = record.substring(0, eq);
                if (key.equals("path") || key.equals("linkpath") || key.equals("size")) {
                    values.put(key, record.substring(eq + 1));
                }
            }
            pos += length;
        }
        return values;
    }

    private long parsePaxSize(String value, long offset) {
        try {
            long size = Long.parseLong(value.trim());
            if (size < 0) {
                throw bad(offset, "negative PAX size");
            }
            return size;
        } catch (NumberFormatException e) {
            throw bad(offset, "malformed PAX size '" + value + "'");
        }
    }

    private String ustarName() {
        String name = string(0, 100);
        boolean posixUstar = header[257] == 'u' && header[262] == 0;
        String prefix = posixUstar ? string(345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private String string(int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Octal (NUL/space terminated) or GNU base-256 when the high bit of the first byte is set. */
    private long parseNumber(int offset, int length, long headerOffset) {
        if ((header[offset] & 0x80) != 0) {
            if ((header[offset] & 0x40) != 0) {
                throw bad(headerOffset, "negative base-256 number in header");
            }
            long value = header[offset] & 0x3f;
            for (int i = 1; i < length; i++) {
                if (value > (Long.MAX_VALUE >> 8)) {
                    throw bad(headerOffset, "number in header overflows");
                }
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        long value = 0;
        int i = offset;
        int end = offset + length;
        while (i < end && (header[i] == ' ' || header[i] == 0)) {
            i++;
        }
        for (; i < end && header[i] != 0 && header[i] != ' '; i++) {
            int digit = header[i] - '0';
            if (digit < 0 || digit > 7) {
                throw bad(headerOffset, "not a tar header (bad octal number)");
            }
            if (value > (Long.MAX_VALUE >> 3)) {
                throw bad(headerOffset, "number in header overflows");
            }
            value = (value << 3) | digit;
        }
        return value;
    }

    private void skipFully(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw truncated();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private SlimlineException truncated() {
        return SlimlineException.badInput(label + ": archive ends inside an entry (truncated, or an entry claims"
                + " more bytes than the archive holds)");
    }

    private SlimlineException bad(long offset, String message) {
        return SlimlineException.badInput(label + ": tar header at byte " + offset + ": " + message);
    }
}
