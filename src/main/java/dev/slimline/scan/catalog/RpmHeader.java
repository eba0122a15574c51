package dev.slimline.scan.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An RPM header as the package database stores it: a count of index entries, the data store's length, the
 * entries (tag, type, offset, count; big-endian) and the data store. Only the tags a cataloger needs are read.
 */
final class RpmHeader {

    static final int NAME = 1000;
    static final int VERSION = 1001;
    static final int RELEASE = 1002;
    static final int EPOCH = 1003;
    static final int LICENSE = 1014;
    static final int ARCH = 1022;
    static final int SOURCERPM = 1044;

    private static final int TYPE_INT32 = 4;
    private static final int TYPE_STRING = 6;
    private static final int TYPE_STRING_ARRAY = 8;
    private static final int TYPE_I18NSTRING = 9;
    /** A header read from an .rpm file carries this magic and four reserved bytes first; the database's does not. */
    private static final int HEADER_MAGIC = 0x8eade801;
    /** rpm's own limits on a header: past these the blob is not a header. */
    private static final int MAX_ENTRIES = 0xffff;
    private static final int MAX_DATA = 256 << 20;

    private final Map<Integer, Object> values;

    private RpmHeader(Map<Integer, Object> values) {
        this.values = values;
    }

    /** The header, or empty when the blob is not one (truncated, offsets outside its data). */
    static Optional<RpmHeader> parse(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        int at = blob.length >= 8 && in.getInt(0) == HEADER_MAGIC ? 8 : 0;
        if (blob.length < at + 8) {
            return Optional.empty();
        }
        int entries = in.getInt(at);
        int dataLength = in.getInt(at + 4);
        long dataStart = at + 8 + 16L * entries;
        if (entries < 0 || entries > MAX_ENTRIES || dataLength < 0 || dataLength > MAX_DATA
                || dataStart + dataLength > blob.length) {
            return Optional.empty();
        }
        Map<Integer, Object> values = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            int entry = at + 8 + 16 * i;
            int tag = in.getInt(entry);
            int type = in.getInt(entry + 4);
            int offset = in.getInt(entry + 8);
            int count = in.getInt(entry + 12);
            if (offset < 0 || offset >= dataLength || count < 1) {
                continue; // region tags and empty entries carry nothing a cataloger reads
            }
            int data = (int) dataStart + offset;
            int end = (int) dataStart + dataLength;
            if (type == TYPE_STRING || type == TYPE_I18NSTRING || type == TYPE_STRING_ARRAY) {
                string(blob, data, end).ifPresent(s -> values.put(tag, s)); // the first of an array: its default
            } else if (type == TYPE_INT32 && data + 4 <= end) {
                values.put(tag, (long) in.getInt(data));
            }
        }
        return Optional.of(new RpmHeader(values));
    }

    Optional<String> string(int tag) {
        return values.get(tag) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    Optional<Long> integer(int tag) {
        return values.get(tag) instanceof Long n ? Optional.of(n) : Optional.empty();
    }

    private static Optional<String> string(byte[] blob, int from, int end) {
        for (int i = from; i < end; i++) {
            if (blob[i] == 0) {
                return Optional.of(new String(blob, from, i - from, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
