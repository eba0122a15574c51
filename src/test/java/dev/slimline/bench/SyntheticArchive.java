package dev.slimline.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a synthetic docker-archive of about {@code MB} megabytes (10 layers of files from 1 kB to 4 MB of
 * pseudo-random data) for the benchmark when no big image is in the engine.
 * Usage: {@code SyntheticArchive OUT.tar MB}
 */
public final class SyntheticArchive {

    private SyntheticArchive() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1_000_000L;
        int layers = 10;
        Path work = Files.createTempDirectory("synthetic-layers");
        StringBuilder manifestLayers = new StringBuilder();
        StringBuilder history = new StringBuilder();
        SplittableRandom random = new SplittableRandom(42);
        try (TarArchiveOutputStream archive = new TarArchiveOutputStream(
                new BufferedOutputStream(Files.newOutputStream(out), 1 << 20))) {
            archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int layer = 0; layer < layers; layer++) {
                Path layerFile = work.resolve("layer" + layer + ".tar");
                writeLayer(layerFile, target / layers, layer, random);
                String name = "layer" + layer + "/layer.tar";
                TarArchiveEntry entry = new TarArchiveEntry(layerFile, name);
                archive.putArchiveEntry(entry);
                Files.copy(layerFile, archive);
                archive.closeArchiveEntry();
                Files.delete(layerFile);
                manifestLayers.append(layer == 0 ? "" : ",").append('"').append(name).append('"');
                history.append(layer == 0 ? "" : ",").append("{\"created_by\":\"RUN /bin/sh -c make layer ")
                        .append(layer).append(" # buildkit\"}");
            }
            put(archive, "config.json", "{\"config\":{\"User\":\"\"},\"history\":[" + history + "]}");
            put(archive, "manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"synthetic:1\"],\"Layers\":["
                    + manifestLayers + "]}]");
        }
        Files.delete(work);
        System.out.printf("wrote %s (%d bytes)%n", out, Files.size(out));
    }

    private static void writeLayer(Path file, long bytes, int layer, SplittableRandom random) throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(stream)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                // Half the paths repeat across layers, so the stack has overwrites to count.
                String name = "data/" + (i % 2 == 0 ? "shared" : "layer" + layer) + "/dir" + (i % 50) + "/file" + i;
                int size = (int) Math.min(bytes - written, 1024 + random.nextInt(4 << 20));
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(size);
                tar.putArchiveEntry(entry);
                for (int left = size; left > 0; left -= chunk.length) {
                    random.nextBytes(chunk);
                    tar.write(chunk, 0, Math.min(left, chunk.length));
                }
                tar.closeArchiveEntry();
                written += size;
            }
        }
    }

    private static void put(TarArchiveOutputStream archive, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        archive.putArchiveEntry(entry);
        archive.write(bytes);
        archive.closeArchiveEntry();
    }
}
