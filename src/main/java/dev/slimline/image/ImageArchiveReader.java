package dev.slimline.image;

import dev.slimline.SlimlineException;
import dev.slimline.io.InputFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Reads an image without extracting it: a {@code docker save} tar (docker-archive or OCI layout), an
 * unpacked OCI layout directory, or a stream such as the engine's save output.
 */
public final class ImageArchiveReader {
    private final ReadLimits limits;
    private final boolean measureCompressed;
    private final ContentCapture capture;
    private final Supplier<Platform> platform;

    /**
     * @param measureCompressed gzip every uncompressed layer to measure what a registry would store; costs
     *                          CPU (about the speed of gzip), so callers that need only sizes turn it off
     */
    public ImageArchiveReader(ReadLimits limits, boolean measureCompressed) {
        this(limits, measureCompressed, ContentCapture.NONE);
    }

    /** @param capture files whose content a caller wants kept with their layer (package catalogers) */
    public ImageArchiveReader(ReadLimits limits, boolean measureCompressed, ContentCapture capture) {
        this(limits, measureCompressed, capture, () -> {
            throw SlimlineException.badInput("the image index holds several platforms; choose one with --platform");
        });
    }

    private ImageArchiveReader(ReadLimits limits, boolean measureCompressed, ContentCapture capture,
            Supplier<Platform> platform) {
        this.limits = limits;
        this.measureCompressed = measureCompressed;
        this.capture = capture;
        this.platform = platform;
    }

    /**
     * This reader, taking the image for {@code platform} from a multi-platform OCI index (asked only when an
     * index offers a choice, so callers can ask the engine lazily).
     */
    public ImageArchiveReader forPlatform(Supplier<Platform> platform) {
        return new ImageArchiveReader(limits, measureCompressed, capture, platform);
    }

    public static ImageArchiveReader withDefaults() {
        return new ImageArchiveReader(ReadLimits.defaults(), true);
    }

    /** A tar file or a layout directory. */
    public ImageArchive read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return ArchiveLayout.resolve(path.toString(), new DirectoryBlobStore(path, limits, measureCompressed, capture),
                        platform);
            }
            InputFiles.requireRegularFile(path); // a FIFO is "a FIFO", not "no such file"
            // Files.newInputStream skips by seeking and never past the end; the buffer turns the many small
            // header reads and short skips into few large reads.
            try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 20)) {
                // `docker save | gzip` (or zstd) is read as trivy reads it: the archive decompressed as it streams.
                LayerCompression outer = LayerCompression.sniff(in);
                return read(outer == LayerCompression.NONE ? in
                        : new BufferedInputStream(outer.decode(in), 1 << 20), path.toString());
            }
        } catch (IOException e) {
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT, null,
                    path + ": cannot read archive: " + e.getMessage(), e);
        }
    }

    /** A {@code docker save} stream; {@code source} names it in messages. The caller closes the stream. */
    public ImageArchive read(InputStream in, String source) throws IOException {
        return ArchiveLayout.resolve(source, StreamedBlobStore.read(source, in, limits, measureCompressed, capture),
                platform);
    }
}
