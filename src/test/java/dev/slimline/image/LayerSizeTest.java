package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layer sizes follow the engine's two ways of counting (docs/image-metrics.md "Layer size"). */
class LayerSizeTest {

    private static ImageReport inspect(String comment) throws IOException {
        byte[] layer = new TestLayers.Layer().file("bin/tool", 1000).symlink("bin/alias", "target")
                .hardlink("bin/same", "bin/tool").dir("etc").bytes();
        byte[] config = ("{\"config\":{},\"history\":[{\"created_by\":\"RUN /bin/sh -c make # buildkit\",\"comment\":\""
                + comment + "\"}]}").getBytes(StandardCharsets.UTF_8);
        ImageArchive image = ImageArchiveReader.withDefaults()
                .read(new ByteArrayInputStream(TestLayers.dockerArchive(List.of(layer), config)), "sizes.tar");
        return new ImageAnalyzer(ImageKnowledge.load(), 5).analyze(image);
    }

    @Test
    void pulledOrImportedLayersCountSymlinkTargets() throws IOException {
        assertThat(inspect("Imported from -").layers().get(0).size()).isEqualTo(1000 + "target".length());
    }

    @Test
    void buildKitLayersCountRegularFilesOnly() throws IOException {
        ImageReport report = inspect("buildkit.dockerfile.v0");

        assertThat(report.layers().get(0).size()).isEqualTo(1000);
        assertThat(report.totalSize()).isEqualTo(1000);
    }
}
