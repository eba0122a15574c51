package dev.slimline.scan.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the values of a Berkeley DB hash database, read-only and without the library: the format rpm used for
 * {@code /var/lib/rpm/Packages} before 4.16 (RHEL/UBI 8, CentOS 7, Amazon Linux 2), where each value is one
 * installed package's header. Pages are walked in file order; a value stored off-page is followed through its
 * chain of overflow pages. The file is in the byte order of the machine that wrote it, which its magic tells.
 */
final class BerkeleyDbHash {

    private static final int HASH_MAGIC = 0x061561;
    private static final int PAGE_HEADER = 26;
    private static final int P_HASH_UNSORTED = 2;
    private static final int P_OVERFLOW = 7;
    private static final int P_HASH = 13;
    private static final int H_KEYDATA = 1;
    private static final int H_OFFPAGE = 3;

    private final ByteBuffer file;
    private final int pageSize;
    private final int pageCount;

    private BerkeleyDbHash(byte[] content) throws CorruptDatabaseException {
        if (content.length < 512) {
            throw new CorruptDatabaseException("not a Berkeley DB hash database");
        }
        ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt(12) != HASH_MAGIC) {
            buffer.order(ByteOrder.BIG_ENDIAN);
            if (buffer.getInt(12) != HASH_MAGIC) {
                throw new CorruptDatabaseException("not a Berkeley DB hash database");
            }
        }
        file = buffer;
        pageSize = file.getInt(20);
        if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
            throw new CorruptDatabaseException("page size " + pageSize);
        }
        pageCount = content.length / pageSize;
    }

    /** Every value of the database (keys are left out). */
    static List<byte[]> values(byte[] database) throws CorruptDatabaseException {
        return new BerkeleyDbHash(database).values();
    }

    private List<byte[]> values() throws CorruptDatabaseException {
        List<byte[]> values = new ArrayList<>();
        for (int page = 1; page < pageCount; page++) {
            int start = page * pageSize;
            int type = file.get(start + 25) & 0xff;
            if (type != P_HASH && type != P_HASH_UNSORTED) {
                continue;
            }
            int entries = file.getShort(start + 20) & 0xffff;
            for (int item = 1; item < entries; item += 2) { // key, value, key, value...
                int offset = itemOffset(start, item);
                int end = itemOffset(start, item - 1); // items are stored from the page's end backwards
                switch (file.get(start + offset) & 0xff) {
                    case H_KEYDATA -> values.add(slice(start + offset + 1, end - offset - 1));
                    case H_OFFPAGE -> values.add(overflow(file.getInt(check(start + offset + 4, 8)),
                            file.getInt(start + offset + 8)));
                    default -> throw new CorruptDatabaseException("page " + page + ": unknown item type");
                }
            }
        }
        return values;
    }

    private int itemOffset(int pageStart, int item) throws CorruptDatabaseException {
        int offset = file.getShort(check(pageStart + PAGE_HEADER + 2 * item, 2)) & 0xffff;
        if (offset < PAGE_HEADER || offset > pageSize) {
            throw new CorruptDatabaseException("item offset " + offset + " outside its page");
        }
        return offset;
    }

    private byte[] overflow(int firstPage, int length) throws CorruptDatabaseException {
        if (length < 0 || length > file.limit()) {
            throw new CorruptDatabaseException("value of " + length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        Set<Integer> visited = new HashSet<>();
        for (int page = firstPage; page != 0 && out.size() < length; ) {
            if (page < 0 || page >= pageCount || !visited.add(page)) {
                throw new CorruptDatabaseException("overflow chain broken at page " + page);
            }
            int start = page * pageSize;
            if ((file.get(start + 25) & 0xff) != P_OVERFLOW) {
                throw new CorruptDatabaseException("page " + page + " is not an overflow page");
            }
            int used = file.getShort(start + 22) & 0xffff;
            out.writeBytes(slice(start + PAGE_HEADER, Math.min(used, pageSize - PAGE_HEADER)));
            page = file.getInt(start + 16);
        }
        if (out.size() != length) {
            throw new CorruptDatabaseException("overflow chain holds " + out.size() + " of " + length + " bytes");
        }
        return out.toByteArray();
    }

    private byte[] slice(int at, int length) throws CorruptDatabaseException {
        byte[] bytes = new byte[length];
        file.get(check(at, length), bytes);
        return bytes;
    }

    private int check(int at, int length) throws CorruptDatabaseException {
        if (at < 0 || length < 0 || at + length > file.limit()) {
            throw new CorruptDatabaseException("offset " + at + " outside the file");
        }
        return at;
    }
}
