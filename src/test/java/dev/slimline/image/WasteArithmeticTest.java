package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three hand-made layers whose sizes, waste and efficiency are worked out by hand below, read through every
 * container format and layer compression.
 *
 * <pre>
 * L0: usr/a 1000, usr/b 2000, opt/x 300, opt/y 400, usr/link -> "a" (1)        size 3701
 * L1: usr/a 1500 (overwrites), .wh.b (deletes usr/b), usr/c 50, usr/c2 = hardlink   size 1550
 * L2: opt opaque (hides opt/x, opt/y), opt/z 10, usr/a 1200 (overwrites)           size 1210
 * total 6461; overwritten or deleted: 1000 + 2000 + 1500 + 300 + 400 = 5200; visible 1261
 * dive: usr/a 1000+1500+1200, usr/b 2000+2000, opt/x 300+300, opt/y 400+400 -> wasted 9100;
 *       sum of minimum copies 1000+2000+300+400+1+50+0+10 = 3761 over 9100+61 = 9161
 * </pre>
 */
class WasteArithmeticTest {

    enum Packaging {
        DOCKER_ARCHIVE_PLAIN(UnaryOperator.identity(), false),
        DOCKER_ARCHIVE_GZIP(TestLayers::gzip, false),
        OCI_GZIP(TestLayers::gzip, true),
        OCI_ZSTD(TestLayers::zstd, true);

        final UnaryOperator<byte[]> compress;
        final boolean oci;

        Packaging(UnaryOperator<byte[]> compress, boolean oci) {
            this.compress = compress;
            this.oci = oci;
        }
    }

    static List<byte[]> layers() {
        byte[] l0 = new TestLayers.Layer().dir("usr").file("usr/a", 1000).file("usr/b", 2000).dir("opt")
                .file("opt/x", 300).file("opt/y", 400).symlink("usr/link", "a").bytes();
        byte[] l1 = new TestLayers.Layer().dir("usr").file("usr/a", 1500).whiteout("usr/b").file("usr/c", 50)
                .hardlink("usr/c2", "usr/c").bytes();
        byte[] l2 = new TestLayers.Layer().dir("opt").opaque("opt").file("opt/z", 10).file("usr/a", 1200).bytes();
        return List.of(l0, l1, l2);
    }

    static byte[] config() {
        return TestLayers.config(List.of("/bin/sh -c #(nop) ADD file:abc in / ",
                "RUN /bin/sh -c echo change # buildkit", "/bin/sh -c apt-get update"), "", List.of());
    }

    static ImageReport inspect(Packaging packaging) throws IOException {
        List<byte[]> layers = layers().stream().map(packaging.compress).toList();
        byte[] archive = packaging.oci ? TestLayers.ociArchive(layers, config())
                : TestLayers.dockerArchive(layers, config());
        ImageArchive image = ImageArchiveReader.withDefaults().read(new ByteArrayInputStream(archive), "test");
        return new ImageAnalyzer(ImageKnowledge.load(), 10).analyze(image);
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void layerSizesAndTotalsAreDockersCounting(Packaging packaging) throws IOException {
        ImageReport report = inspect(packaging);

        assertThat(report.layers()).extracting(ImageReport.Layer::size).containsExactly(3701L, 1550L, 1210L);
        assertThat(report.totalSize()).isEqualTo(6461);
        assertThat(report.format()).isEqualTo(packaging.oci ? "oci-layout" : "docker-archive");
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void wasteCountsOnlyTheCopiesNobodySees(Packaging packaging) throws IOException {
        ImageReport.Waste waste = inspect(packaging).waste();

        assertThat(waste.wastedBytes()).isEqualTo(5200);
        assertThat(waste.visibleBytes()).isEqualTo(1261);
        assertThat(waste.efficiency()).isCloseTo(1261.0 / 6461.0, within(1e-12));
        assertThat(waste.diveWastedBytes()).isEqualTo(9100);
        assertThat(waste.diveEfficiency()).isCloseTo(3761.0 / 9161.0, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void perLayerChangesFollowWhiteoutsAndOpaqueDirectories(Packaging packaging) throws IOException {
        List<ImageReport.Layer> layers = inspect(packaging).layers();

        assertThat(layers).extracting(ImageReport.Layer::added).containsExactly(5, 2, 1);
        assertThat(layers).extracting(ImageReport.Layer::changed).containsExactly(0, 1, 1);
        assertThat(layers).extracting(ImageReport.Layer::deleted).containsExactly(0, 1, 2);
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void instructionsComeFromNonEmptyHistorySteps(Packaging packaging) throws IOException {
        assertThat(inspect(packaging).layers()).extracting(ImageReport.Layer::instruction)
                .containsExactly("ADD file:abc in /", "RUN echo change", "RUN apt-get update");
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void compressedSizeIsTheBlobWhenCompressedElseAGzipOfTheTar(Packaging packaging) throws IOException {
        List<byte[]> stored = layers().stream().map(packaging.compress).toList();
        ImageReport report = inspect(packaging);

        for (int i = 0; i < stored.size(); i++) {
            long expected = packaging == Packaging.DOCKER_ARCHIVE_PLAIN ? TestLayers.gzip(layers().get(i)).length
                    : stored.get(i).length;
            assertThat(report.layers().get(i).compressedSize()).as("layer %d", i).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void finalTreeHasOnlyVisiblePaths(Packaging packaging) throws IOException {
        List<byte[]> layers = layers().stream().map(packaging.compress).toList();
        byte[] archive = packaging.oci ? TestLayers.ociArchive(layers, config())
                : TestLayers.dockerArchive(layers, config());
        ImageArchive image = ImageArchiveReader.withDefaults().read(new ByteArrayInputStream(archive), "test");
        ComposedImage composed = LayerStack.compose(image.layers());

        assertThat(composed.finalTree().keySet())
                .containsExactly("opt", "opt/z", "usr", "usr/a", "usr/c", "usr/c2", "usr/link");
        assertThat(composed.finalTree().get("usr/a")).isEqualTo(new ComposedImage.Node(LayerEntry.Type.FILE, 1200, 2));
        assertThat(composed.changes().get(2).deleted()).containsExactlyInAnyOrder("opt/x", "opt/y");
    }
}
