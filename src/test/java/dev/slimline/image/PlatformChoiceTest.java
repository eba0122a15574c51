package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which image of a multi-platform OCI index is read, and the error when the index lacks the one asked for. */
class PlatformChoiceTest {

    private static byte[] archive() {
        Map<String, byte[]> configs = new LinkedHashMap<>();
        configs.put("linux/amd64", TestLayers.config(List.of("RUN amd64"), "amd64-user", List.of()));
        configs.put("linux/arm64/v8", TestLayers.config(List.of("RUN arm64"), "arm64-user", List.of()));
        configs.put("linux/arm/v7", TestLayers.config(List.of("RUN arm"), "arm-user", List.of()));
        byte[] layer = TestLayers.gzip(new TestLayers.Layer().file("app/a", 10).bytes());
        return TestLayers.multiPlatformOciArchive(List.of(layer), configs);
    }

    private static ImageArchive read(String platform) throws IOException {
        return ImageArchiveReader.withDefaults().forPlatform(() -> Platform.parse(platform))
                .read(new ByteArrayInputStream(archive()), "multi.tar");
    }

    @Test
    void theRequestedPlatformsImageIsRead() throws IOException {
        assertThat(read("linux/amd64").config().user()).isEqualTo("amd64-user");
        assertThat(read("linux/arm64").config().user()).isEqualTo("arm64-user");
        assertThat(read("linux/arm/v7").config().user()).isEqualTo("arm-user");
    }

    @Test
    void anIndexWithoutThePlatformIsBadInputNamingThePlatformsItHas() {
        assertThatThrownBy(() -> read("linux/s390x")).isInstanceOf(SlimlineException.class)
                .hasMessage("multi.tar: no image for platform linux/s390x; the index has linux/amd64, linux/arm64/v8,"
                        + " linux/arm/v7 (choose one with --platform)")
                .extracting(e -> ((SlimlineException) e).kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> read("linux/arm/v6")).hasMessageStartingWith("multi.tar: no image for platform"
                + " linux/arm/v6;");
    }

    @Test
    void aSingleImageIndexNeedsNoPlatformAndAReaderWithoutOneRefusesToGuess() throws IOException {
        ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), false);
        byte[] single = TestLayers.ociArchive(List.of(TestLayers.gzip(new TestLayers.Layer().file("a", 1).bytes())),
                TestLayers.config(List.of("RUN one"), "one", List.of()));
        assertThat(reader.read(new ByteArrayInputStream(single), "one.tar").config().user()).isEqualTo("one");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(archive()), "multi.tar"))
                .hasMessageContaining("choose one with --platform");
    }

    @Test
    void enginePlatformsUseImageArchitectureNames() {
        assertThat(Platform.ofEngine("linux", "x86_64")).hasToString("linux/amd64");
        assertThat(Platform.ofEngine("linux", "aarch64")).hasToString("linux/arm64");
        assertThat(Platform.ofEngine("linux", "armv7l")).hasToString("linux/arm/v7");
        assertThatThrownBy(() -> Platform.parse("amd64")).hasMessage("platform 'amd64': expected OS/ARCH[/VARIANT],"
                + " e.g. linux/arm64");
    }
}
