package dev.slimline.image;

import java.util.List;

/** Hand-made image archives for tests outside this package (catalogers, scan): a public face of {@link TestLayers}. */
public final class TestImageArchives {

    private TestImageArchives() {
    }

    /** One layer tar. */
    public static final class LayerTar {
        private final TestLayers.Layer layer = new TestLayers.Layer();

        public LayerTar file(String path, String content) {
            layer.file(path, content);
            return this;
        }

        public LayerTar file(String path, byte[] content) {
            layer.file(path, content);
            return this;
        }

        public LayerTar symlink(String path, String target) {
            layer.symlink(path, target);
            return this;
        }

        public LayerTar whiteout(String path) {
            layer.whiteout(path);
            return this;
        }

        public byte[] bytes() {
            return layer.bytes();
        }
    }

    /**
     * A docker-archive of these layers whose config has one history step per layer and ENV
     * {@code PATH=/usr/bin API_TOKEN=not-printed} (a secret-looking variable).
     */
    public static byte[] dockerArchive(List<byte[]> layers) {
        return TestLayers.dockerArchive(layers, TestLayers.config(
                layers.stream().map(l -> "/bin/sh -c #(nop) COPY layer").toList(), "", List.of()));
    }
}
