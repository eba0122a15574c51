package dev.slimline.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * Lets a caller read the content of chosen files while a layer streams by (package databases, jar manifests),
 * so nothing is extracted and each file is read once. What it returns is kept with the layer in
 * {@link ScannedLayer#capturedFiles()} under the file's path; the capture bounds what it reads and keeps.
 */
public interface ContentCapture {

    /** Captures nothing: only what the image analysis itself needs ({@code etc/passwd}). */
    ContentCapture NONE = new ContentCapture() {
        @Override
        public boolean wants(String path, long size) {
            return false;
        }

        @Override
        public byte[] capture(String path, long size, InputStream content) {
            return null;
        }
    };

    /** Whether the regular file at {@code path} (root-relative, no leading slash) of {@code size} bytes is wanted. */
    boolean wants(String path, long size);

    /**
     * Reads what is needed from the file's content (the stream ends with the file; it need not be read to the end
     * and must not be closed). Returns the bytes to keep, or null to keep nothing.
     */
    byte[] capture(String path, long size, InputStream content) throws IOException;
}
