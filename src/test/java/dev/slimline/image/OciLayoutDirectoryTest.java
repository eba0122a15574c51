package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unpacked OCI layout directory reads like the tar it came from. */
class OciLayoutDirectoryTest {

    @Test
    void directoryGivesTheSameFiguresAsTheTar(@TempDir Path dir) throws IOException {
        byte[] archive = TestLayers.ociArchive(WasteArithmeticTest.layers().stream().map(TestLayers::gzip).toList(),
                WasteArithmeticTest.config());
        unpack(archive, dir);

        ImageReport report = new ImageAnalyzer(ImageKnowledge.load(), 10)
                .analyze(ImageArchiveReader.withDefaults().read(dir));

        assertThat(report.format()).isEqualTo("oci-layout");
        assertThat(report.repoTags()).containsExactly("test/oci:1");
        assertThat(report.totalSize()).isEqualTo(6461);
        assertThat(report.waste().wastedBytes()).isEqualTo(5200);
    }

    @Test
    void directoryWithoutIndexIsBadInput(@TempDir Path dir) {
        assertThatThrownBy(() -> ImageArchiveReader.withDefaults().read(dir)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("neither manifest.json");
    }

    private static void unpack(byte[] archive, Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                Files.createDirectories(target.getParent());
                Files.copy(tar, target);
            }
        }
    }
}
