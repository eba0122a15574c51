package dev.slimline.image;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** How a layer blob is compressed, told by its magic bytes (media types lie or are missing in docker-archive). */
public enum LayerCompression {
    NONE, GZIP, ZSTD;

    /** Peeks at the first bytes of a stream that supports mark/reset. */
    static LayerCompression sniff(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    InputStream decode(InputStream in) throws IOException {
        return switch (this) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in, 64 * 1024);
            case ZSTD -> new CorruptionAsIOException(new ZstdInputStream(in));
        };
    }

    /** aircompressor reports corrupt zstd data as an unchecked exception; it is bad input like a corrupt gzip. */
    private static final class CorruptionAsIOException extends FilterInputStream {
        CorruptionAsIOException(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (MalformedInputException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (MalformedInputException e) {
                throw corrupt(e);
            }
        }

        private static IOException corrupt(MalformedInputException e) {
            return new ZipException("corrupt zstd data: " + e.getMessage());
        }
    }
}
