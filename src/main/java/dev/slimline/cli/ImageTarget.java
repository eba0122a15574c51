package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.engine.DockerEngine;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.io.StatusLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an {@code IMAGE|ARCHIVE} argument names: an existing file or directory is read as a {@code docker save}
 * archive or OCI layout; anything else is an image reference streamed from the engine ({@code docker save}).
 */
final class ImageTarget {

    private ImageTarget() {
    }

    static ImageArchive read(String target, ImageArchiveReader any, EngineOptions engineOptions,
            ImagePlatformOption platform) throws IOException {
        ImageArchiveReader reader = platform.apply(any, engineOptions);
        Path path = Path.of(target);
        if (Files.exists(path)) {
            return reader.read(path);
        }
        if (target.endsWith(".tar") || target.endsWith(".tar.gz") || target.startsWith("./") || target.startsWith("/")) {
            throw SlimlineException.badInput(target + ": no such file or directory");
        }
        DockerEngine engine = engineOptions.connect();
        engine.imageInspect(target);
        // a 1 GB image takes a while to stream: show how far it is, on a terminal only
        try (InputStream save = StatusLine.forStandardError().reading("reading " + target, engine.save(target))) {
            return reader.read(save, target);
        }
    }
}
