package dev.slimline.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@link ImageFindingsTest}'s image for tests outside this package. */
public final class ImageFindingsFixture {

    private ImageFindingsFixture() {
    }

    public static Path write(Path file) throws IOException {
        return Files.write(file, ImageFindingsTest.archive("", List.of()));
    }
}
