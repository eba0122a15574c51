package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import dev.slimline.SlimlineException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives built by hand to attack a naive reader. Each is either read with a finding (entry left out or
 * normalised, never followed) or refused with one BAD_INPUT line; memory stays bounded, measured as the
 * bytes the reading thread allocates.
 */
class HostileArchiveTest {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final byte[] CONFIG = TestLayers.config(List.of("RUN x"), "", List.of());

    private static ImageArchive read(byte[] layer) throws IOException {
        return read(layer, ReadLimits.defaults());
    }

    private static ImageArchive read(byte[] layer, ReadLimits limits) throws IOException {
        byte[] archive = TestLayers.dockerArchive(List.of(layer), CONFIG);
        return new ImageArchiveReader(limits, true).read(new ByteArrayInputStream(archive), "hostile.tar");
    }

    /** Bytes this thread allocates while reading the archive, which the test built beforehand. */
    private static long allocatedWhileReading(byte[] layer) throws IOException {
        byte[] archive = TestLayers.dockerArchive(List.of(layer), CONFIG);
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            ImageArchiveReader.withDefaults().read(new ByteArrayInputStream(archive), "hostile.tar");
        } catch (SlimlineException expected) {
            // refusing is fine; what matters here is what reading cost
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    private static List<ArchiveFinding.Kind> kinds(ImageArchive image) {
        return image.findings().stream().map(ArchiveFinding::kind).toList();
    }

    private static java.util.Set<String> paths(ImageArchive image) {
        return LayerStack.compose(image.layers()).finalTree().keySet();
    }

    @Test
    void pathTraversalIsReportedAndLeftOut() throws IOException {
        ImageArchive image = read(new TestLayers.Layer().file("../../etc/cron.d/evil", "x").file("ok", "y").bytes());

        assertThat(kinds(image)).containsExactly(ArchiveFinding.Kind.PATH_TRAVERSAL);
        assertThat(image.findings().get(0).where()).contains("../../etc/cron.d/evil");
        assertThat(paths(image)).containsExactly("ok");
    }

    @Test
    void absolutePathsAreReportedAndReadRelativeToTheRoot() throws IOException {
        ImageArchive image = read(new TestLayers.Layer().file("/etc/shadow", "x").file("/../../../tmp/y", "y").bytes());

        assertThat(kinds(image)).containsExactly(ArchiveFinding.Kind.ABSOLUTE_PATH, ArchiveFinding.Kind.ABSOLUTE_PATH);
        assertThat(paths(image)).containsExactlyInAnyOrder("etc/shadow", "tmp/y");
    }

    @Test
    void linksOutOfTheRootAreReportedNeverFollowed() throws IOException {
        ImageArchive image = read(new TestLayers.Layer().symlink("app/evil", "../../../../etc/shadow")
                .symlink("app/fine", "/etc/shadow").hardlink("app/hard", "../../etc/passwd").bytes());

        assertThat(kinds(image)).containsExactly(ArchiveFinding.Kind.LINK_ESCAPES_ROOT,
                ArchiveFinding.Kind.LINK_ESCAPES_ROOT);
        assertThat(image.layers().get(0).size()).as("symlinks count their target length, hard links 0")
                .isEqualTo("../../../../etc/shadow".length() + "/etc/shadow".length());
    }

    @Test
    void giantPaxHeaderIsSkippedUnreadWithinBoundedMemory() throws IOException {
        byte[] layer = concat(paxPathHeader(8 << 20), new TestLayers.Layer().file("x", "x").file("after", "y").bytes());

        ImageArchive image = read(layer);
        assertThat(kinds(image)).contains(ArchiveFinding.Kind.GIANT_HEADER);
        assertThat(paths(image)).contains("after");
        assertThat(allocatedWhileReading(layer)).as("bytes allocated reading an 8 MiB PAX header")
                .isLessThan(4L << 20);
    }

    @Test
    void giantGnuLongNameIsSkippedUnreadWithinBoundedMemory() throws IOException {
        byte[] normal = new TestLayers.Layer().file("after", "y").bytes();
        byte[] layer = concat(gnuLongNameHeader(8 << 20), normal);

        ImageArchive image = read(layer);
        assertThat(kinds(image)).contains(ArchiveFinding.Kind.GIANT_HEADER);
        assertThat(paths(image)).containsExactly("after");
        assertThat(allocatedWhileReading(layer)).isLessThan(4L << 20);
    }

    @Test
    void hugeClaimedSizeIsATruncatedArchiveNotAnAllocation() throws IOException {
        byte[] layer = layerClaiming(1L << 40);

        assertThatThrownBy(() -> read(layer)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("truncated").satisfies(HostileArchiveTest::isOneBadInputLine);
        assertThat(allocatedWhileReading(layer)).isLessThan(4L << 20);
    }

    @Test
    void hugeClaimedSizeInAFileIsNotSeekedPast(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims.tar");
        Files.write(file, TestLayers.dockerArchive(List.of(layerClaiming(1L << 40)), CONFIG));

        assertThatThrownBy(() -> ImageArchiveReader.withDefaults().read(file))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("truncated");
    }

    @Test
    void decompressionBombIsRefusedEarlyWithinBoundedMemory() throws IOException {
        byte[] bomb = gzippedLayerOfZeros(256 << 20);
        assertThat(bomb.length).as("the bomb is small").isLessThan(1 << 20);

        assertThatThrownBy(() -> read(bomb)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("decompression bomb").hasMessageContaining("250:1")
                .satisfies(HostileArchiveTest::isOneBadInputLine);
        assertThat(allocatedWhileReading(bomb)).isLessThan(8L << 20);
    }

    @Test
    void absoluteUncompressedLimitHoldsForPlainLayersToo() {
        ReadLimits small = new ReadLimits(1000, 1 << 20, 4096, 256, 1 << 20, 1 << 20, 1 << 20, 250, 16 << 20);
        byte[] layer = new TestLayers.Layer().file("big", 2 << 20).bytes();

        assertThatThrownBy(() -> read(layer, small)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("inflates beyond 1048576");
    }

    @Test
    void deepAndLongPathsAreReportedAndLeftOut() throws IOException {
        String deep = "d/".repeat(300) + "f";
        String longName = "x".repeat(5000);
        ImageArchive image = read(new TestLayers.Layer().file(deep, "1").file(longName, "2").file("ok", "3").bytes());

        assertThat(kinds(image)).containsExactly(ArchiveFinding.Kind.PATH_TOO_LONG, ArchiveFinding.Kind.PATH_TOO_LONG);
        assertThat(paths(image)).containsExactly("ok");
    }

    @Test
    void tooManyEntriesIsRefused() {
        ReadLimits few = new ReadLimits(50, 1 << 20, 4096, 256, 1 << 20, 1 << 20, 1L << 30, 250, 16 << 20);
        TestLayers.Layer layer = new TestLayers.Layer();
        for (int i = 0; i < 100; i++) {
            layer.file("f" + i, 1);
        }
        byte[] bytes = layer.bytes();

        assertThatThrownBy(() -> read(bytes, few)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("more than 50 entries").satisfies(HostileArchiveTest::isOneBadInputLine);
    }

    @Test
    void corruptHeaderIsRefused() {
        byte[] layer = new TestLayers.Layer().file("some/file", "x").bytes();
        layer[3] ^= 0x01;

        assertThatThrownBy(() -> read(layer)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("checksum mismatch").satisfies(HostileArchiveTest::isOneBadInputLine);
    }

    @Test
    void manifestNamingAPathOutsideTheArchiveIsRefused() {
        byte[] manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"../../etc/passwd\"]}]".getBytes();
        byte[] archive = new TestLayers.Layer().file("c.json", CONFIG).file("manifest.json", manifest)
                .symlink("l/layer.tar", "../../../etc/passwd").bytes();

        assertThatThrownBy(() -> ImageArchiveReader.withDefaults().read(new ByteArrayInputStream(archive), "x.tar"))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("does not contain it")
                .satisfies(HostileArchiveTest::isOneBadInputLine);
    }

    @Test
    void notATarIsOneLine() {
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 'z');

        assertThatThrownBy(() -> ImageArchiveReader.withDefaults().read(new ByteArrayInputStream(garbage), "junk"))
                .isInstanceOf(SlimlineException.class).hasMessageStartingWith("junk: ")
                .satisfies(HostileArchiveTest::isOneBadInputLine);
    }

    /** #17 D4: a zstd layer with a corrupt frame header is one BAD_INPUT line, not aircompressor's unchecked error. */
    @Test
    void corruptZstdLayerIsBadInput(@TempDir Path dir) throws IOException {
        byte[] layer = TestLayers.zstd(new TestLayers.Layer().file("etc/os-release", "ID=debian\n").bytes());
        layer[4] = (byte) 0xff;
        Path archive = dir.resolve("zstd.tar");
        Files.write(archive, TestLayers.dockerArchive(List.of(layer), CONFIG));

        assertThatThrownBy(() -> ImageArchiveReader.withDefaults().read(archive)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("corrupt zstd data").satisfies(HostileArchiveTest::isOneBadInputLine);
    }

    /** #17 Also: {@code docker save | gzip} is read as the archive it holds, as trivy does. */
    @Test
    void gzippedDockerSaveIsRead(@TempDir Path dir) throws IOException {
        byte[] layer = new TestLayers.Layer().file("app/main.py", "print(1)\n").bytes();
        Path archive = dir.resolve("image.tar.gz");
        Files.write(archive, TestLayers.gzip(TestLayers.dockerArchive(List.of(layer), CONFIG)));

        ImageArchive image = ImageArchiveReader.withDefaults().read(archive);

        assertThat(paths(image)).contains("app/main.py");
    }

    private static void isOneBadInputLine(Throwable thrown) {
        SlimlineException exception = (SlimlineException) thrown;
        assertThat(exception.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
        assertThat(exception.oneLine()).doesNotContain("\n");
    }

    /** A header that claims {@code size} bytes (base-256 encoded) followed by only 1000 of them. */
    private static byte[] layerClaiming(long size) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry("huge.bin");
        entry.setSize(size);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header, ZipEncodingHelper.getZipEncoding("UTF-8"), true);
        byte[] layer = Arrays.copyOf(header, 512 + 1000);
        return layer;
    }

    private static byte[] gzippedLayerOfZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            TarArchiveEntry entry = new TarArchiveEntry("zeros");
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < size / chunk.length; i++) {
                tar.write(chunk);
            }
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    /** A GNU 'L' header announcing a long name of {@code size} bytes, with its data and padding. */
    private static byte[] gnuLongNameHeader(int size) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry("././@LongLink", TarConstants.LF_GNUTYPE_LONGNAME);
        entry.setSize(size);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header, ZipEncodingHelper.getZipEncoding("UTF-8"), true);
        byte[] data = new byte[(size + 511) / 512 * 512];
        Arrays.fill(data, 0, size, (byte) 'b');
        return concat(header, data);
    }

    /** A PAX 'x' header whose path record is {@code nameLength} bytes long (commons-compress is slow at these). */
    private static byte[] paxPathHeader(int nameLength) throws IOException {
        String body = " path=" + "a".repeat(nameLength) + "\n";
        int length = body.length() + String.valueOf(body.length()).length();
        if (String.valueOf(length).length() != String.valueOf(body.length()).length()) {
            length++;
        }
        byte[] record = (length + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TarArchiveEntry entry = new TarArchiveEntry("./PaxHeaders/x", TarConstants.LF_PAX_EXTENDED_HEADER_LC);
        entry.setSize(record.length);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header, ZipEncodingHelper.getZipEncoding("UTF-8"), true);
        return concat(header, Arrays.copyOf(record, (record.length + 511) / 512 * 512));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

}
