package dev.slimline.scan.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the rows of one table from the bytes of an SQLite 3 database file, following the published file format
 * (B-tree pages, record format, overflow chains), read-only and without a native library: enough for RPM's
 * {@code rpmdb.sqlite}, whose {@code Packages} table is a rowid table of header blobs. A write-ahead log beside the
 * file is not read: rpm checkpoints it when it closes the database, so an image holds none.
 */
final class SqliteTable {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int TABLE_INTERIOR = 0x05;
    private static final int TABLE_LEAF = 0x0d;

    /** One row: its rowid and its column values (null, Long, Double, String or byte[]). */
    record Row(long rowid, List<Object> values) {
    }

    private final ByteBuffer file;
    private final int pageSize;
    private final int usableSize;
    private final int pageCount;

    private SqliteTable(byte[] content) throws CorruptDatabaseException {
        if (content.length < 100 || !ByteBuffer.wrap(content, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new CorruptDatabaseException("not an SQLite 3 database");
        }
        file = ByteBuffer.wrap(content);
        int size = file.getShort(16) & 0xffff;
        pageSize = size == 1 ? 65536 : size;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new CorruptDatabaseException("page size " + pageSize);
        }
        usableSize = pageSize - (file.get(20) & 0xff);
        pageCount = content.length / pageSize;
    }

    /** All rows of {@code table}, in rowid order; empty when the database has no such table. */
    static List<Row> rows(byte[] database, String table) throws CorruptDatabaseException {
        SqliteTable reader = new SqliteTable(database);
        for (Row schema : reader.rowsFrom(1)) {
            // sqlite_schema: type, name, tbl_name, rootpage, sql
            List<Object> v = schema.values();
            if (v.size() >= 4 && "table".equals(v.get(0)) && table.equals(v.get(1)) && v.get(3) instanceof Long root) {
                return reader.rowsFrom(Math.toIntExact(root));
            }
        }
        return List.of();
    }

    private List<Row> rowsFrom(int rootPage) throws CorruptDatabaseException {
        List<Row> rows = new ArrayList<>();
        walk(rootPage, rows, new HashSet<>());
        return rows;
    }

    private void walk(int page, List<Row> rows, Set<Integer> visited) throws CorruptDatabaseException {
        int start = pageStart(page);
        if (!visited.add(page)) {
            throw new CorruptDatabaseException("page " + page + " reached twice");
        }
        int header = page == 1 ? 100 : 0;
        int type = u8(start + header);
        int cells = u16(start + header + 3);
        int pointers = start + header + (type == TABLE_INTERIOR ? 12 : 8);
        for (int i = 0; i < cells; i++) {
            int cell = start + u16(pointers + 2 * i);
            if (type == TABLE_INTERIOR) {
                walk(file.getInt(check(cell, 4)), rows, visited);
            } else if (type == TABLE_LEAF) {
                rows.add(leafCell(cell));
            } else {
                throw new CorruptDatabaseException("page " + page + " is not a table page (type " + type + ")");
            }
        }
        if (type == TABLE_INTERIOR) {
            walk(file.getInt(check(start + header + 8, 4)), rows, visited);
        }
    }

    private Row leafCell(int cell) throws CorruptDatabaseException {
        long[] payloadSize = varint(cell);
        long[] rowid = varint(cell + (int) payloadSize[1]);
        int at = cell + (int) payloadSize[1] + (int) rowid[1];
        if (payloadSize[0] > Integer.MAX_VALUE || payloadSize[0] < 0) {
            throw new CorruptDatabaseException("payload of " + payloadSize[0] + " bytes");
        }
        return new Row(rowid[0], record(payload(at, (int) payloadSize[0])));
    }

    /** The cell's payload: local bytes, then the overflow chain (each page: next page number, then content). */
    private byte[] payload(int at, int size) throws CorruptDatabaseException {
        int maxLocal = usableSize - 35;
        int local = size;
        if (size > maxLocal) {
            int minLocal = (usableSize - 12) * 32 / 255 - 23;
            int k = minLocal + (size - minLocal) % (usableSize - 4);
            local = k <= maxLocal ? k : minLocal;
        }
        byte[] out = new byte[size];
        file.get(check(at, local), out, 0, local);
        int filled = local;
        int next = local < size ? file.getInt(check(at + local, 4)) : 0;
        Set<Integer> visited = new HashSet<>();
        while (filled < size) {
            if (!visited.add(next)) {
                throw new CorruptDatabaseException("overflow page " + next + " reached twice");
            }
            int start = pageStart(next);
            int chunk = Math.min(size - filled, usableSize - 4);
            file.get(check(start + 4, chunk), out, filled, chunk);
            filled += chunk;
            next = file.getInt(start);
        }
        return out;
    }

    private static List<Object> record(byte[] payload) throws CorruptDatabaseException {
        ByteBuffer in = ByteBuffer.wrap(payload);
        long[] headerSize = varint(in, 0);
        List<Long> types = new ArrayList<>();
        int at = (int) headerSize[1];
        while (at < headerSize[0]) {
            long[] type = varint(in, at);
            types.add(type[0]);
            at += (int) type[1];
        }
        List<Object> values = new ArrayList<>(types.size());
        int data = (int) headerSize[0];
        for (long type : types) {
            int length = contentLength(type);
            if (data < 0 || data + length > payload.length) {
                throw new CorruptDatabaseException("record runs past its payload");
            }
            values.add(value(in, data, type, length));
            data += length;
        }
        return values;
    }

    private static int contentLength(long type) throws CorruptDatabaseException {
        if (type >= 12) {
            return (int) ((type - (type % 2 == 0 ? 12 : 13)) / 2);
        }
        return switch ((int) type) {
            case 0, 8, 9 -> 0;
            case 1, 2, 3, 4 -> (int) type;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> throw new CorruptDatabaseException("reserved serial type " + type);
        };
    }

    private static Object value(ByteBuffer in, int at, long type, int length) {
        if (type >= 12) {
            byte[] bytes = new byte[length];
            in.get(at, bytes);
            return type % 2 == 0 ? bytes : new String(bytes, StandardCharsets.UTF_8);
        }
        return switch ((int) type) {
            case 0 -> null;
            case 7 -> in.getDouble(at);
            case 8 -> 0L;
            case 9 -> 1L;
            default -> {
                long value = in.get(at); // big-endian two's complement of 1 to 8 bytes
                for (int i = 1; i < length; i++) {
                    value = (value << 8) | (in.get(at + i) & 0xff);
                }
                yield value;
            }
        };
    }

    /** SQLite's varint: value and length, 1 to 9 bytes big-endian, 7 bits each except all 8 of the ninth. */
    private long[] varint(int at) throws CorruptDatabaseException {
        return varint(file, at);
    }

    private static long[] varint(ByteBuffer in, int at) throws CorruptDatabaseException {
        long value = 0;
        for (int i = 0; i < 9; i++) {
            if (at + i >= in.limit()) {
                throw new CorruptDatabaseException("varint runs past the end");
            }
            int b = in.get(at + i) & 0xff;
            if (i == 8) {
                return new long[] {(value << 8) | b, 9};
            }
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                return new long[] {value, i + 1};
            }
        }
        throw new AssertionError();
    }

    private int pageStart(int page) throws CorruptDatabaseException {
        if (page < 1 || page > pageCount) {
            throw new CorruptDatabaseException("page " + page + " outside the file's " + pageCount + " pages");
        }
        return (page - 1) * pageSize;
    }

    private int check(int at, int length) throws CorruptDatabaseException {
        if (at < 0 || length < 0 || at + length > file.limit()) {
            throw new CorruptDatabaseException("offset " + at + " outside the file");
        }
        return at;
    }

    private int u8(int at) throws CorruptDatabaseException {
        return file.get(check(at, 1)) & 0xff;
    }

    private int u16(int at) throws CorruptDatabaseException {
        return file.getShort(check(at, 2)) & 0xffff;
    }
}
