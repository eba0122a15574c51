package dev.slimline.image;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an image without extracting it: a {@code docker save} tar (docker-archive or OCI layout), an
 * unpacked OCI layout directory, or a stream such as the engine's save output.
 */
public final class ImageArchiveReader {
    private final ReadLimits limits;
    private final boolean measureCompressed;

    /**
     * @param measureCompressed gzip every uncompressed layer to measure what a registry would store; costs
     *                          CPU (about the speed of gzip), so callers that need only sizes turn it off
     */
    public ImageArchiveReader(ReadLimits limits, boolean measureCompressed) {
        this.limits = limits;
        this.measureCompressed = measureCompressed;
    }

    public static ImageArchiveReader withDefaults() {
        return new ImageArchiveReader(ReadLimits.defaults(), true);
    }

    /** A tar file or a layout directory. */
    public ImageArchive read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return ArchiveLayout.resolve(path.toString(), new DirectoryBlobStore(path, limits, measureCompressed));
            }
            if (!Files.isRegularFile(path)) {
                throw SlimlineException.badInput(path + ": no such file or directory");
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Files.newInputStream skips by seeking and never past the end, so skipped layer data costs nothing.
                return read(in, path.toString());
            }
        } catch (IOException e) {
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT, null,
                    path + ": cannot read archive: " + e.getMessage(), e);
        }
    }

    /** A {@code docker save} stream; {@code source} names it in messages. The caller closes the stream. */
    public ImageArchive read(InputStream in, String source) throws IOException {
        return ArchiveLayout.resolve(source, StreamedBlobStore.read(source, in, limits, measureCompressed));
    }
}
