package dev.slimline.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Hand-made layer tars and image archives for tests, written with commons-compress. */
final class TestLayers {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Same bytes on every call, so a test can rebuild a layer to compute an expectation. */
    private static final long FIXED_TIME = 1_700_000_000_000L;

    private TestLayers() {
    }

    /** Builds one tar: a layer, or the outer archive that holds layers. */
    static final class Layer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

        Layer() {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        Layer dir(String path) {
            TarArchiveEntry entry = new TarArchiveEntry(path.endsWith("/") ? path : path + "/", true);
            return put(entry, null);
        }

        Layer file(String path, int size) {
            return file(path, new byte[size]);
        }

        Layer file(String path, String content) {
            return file(path, content.getBytes(StandardCharsets.UTF_8));
        }

        Layer file(String path, byte[] content) {
            TarArchiveEntry entry = new TarArchiveEntry(path, true);
            entry.setSize(content.length);
            return put(entry, content);
        }

        Layer symlink(String path, String target) {
            TarArchiveEntry entry = new TarArchiveEntry(path, TarConstants.LF_SYMLINK, true);
            entry.setLinkName(target);
            return put(entry, null);
        }

        Layer hardlink(String path, String target) {
            TarArchiveEntry entry = new TarArchiveEntry(path, TarConstants.LF_LINK, true);
            entry.setLinkName(target);
            return put(entry, null);
        }

        Layer whiteout(String path) {
            int slash = path.lastIndexOf('/');
            return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), 0);
        }

        Layer opaque(String dir) {
            return file(dir + "/.wh..wh..opq", 0);
        }

        private Layer put(TarArchiveEntry entry, byte[] content) {
            putEntry(tar, entry, content);
            return this;
        }

        byte[] bytes() {
            try {
                tar.finish();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes one entry with a fixed time, so a rebuilt archive has the same bytes. */
    private static void putEntry(TarArchiveOutputStream tar, TarArchiveEntry entry, byte[] content) {
        try {
            entry.setModTime(FIXED_TIME);
            tar.putArchiveEntry(entry);
            if (content != null) {
                tar.write(content);
            }
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        return compress(data, GZIPOutputStream::new);
    }

    static byte[] zstd(byte[] data) {
        return compress(data, ZstdOutputStream::new);
    }

    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static byte[] compress(byte[] data, Compressor compressor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream stream = compressor.wrap(out)) {
            stream.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A config JSON with one history step per layer (plus an empty ENV step) and the given user. */
    static byte[] config(List<String> instructions, String user, List<String> healthcheck) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode config = root.putObject("config");
        config.put("User", user);
        config.putArray("Env").add("PATH=/usr/bin").add("API_TOKEN=not-printed");
        if (!healthcheck.isEmpty()) {
            ArrayNode test = config.putObject("Healthcheck").putArray("Test");
            healthcheck.forEach(test::add);
        }
        ArrayNode history = root.putArray("history");
        history.addObject().put("created_by", "/bin/sh -c #(nop)  ENV PATH=/usr/bin").put("empty_layer", true);
        instructions.forEach(i -> history.addObject().put("created_by", i));
        root.putObject("rootfs").put("type", "layers");
        return write(root);
    }

    static byte[] write(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A docker-archive with the layers written BEFORE manifest.json and the config, as {@code docker save}
     * of Docker 20.10 orders them, and in reverse layer order to prove order does not matter.
     */
    static byte[] dockerArchive(List<byte[]> layers, byte[] config) {
        Layer archive = new Layer();
        ArrayNode layerPaths = JSON.createArrayNode();
        for (int i = 0; i < layers.size(); i++) {
            layerPaths.add("layer" + i + "/layer.tar");
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            archive.file("layer" + i + "/layer.tar", layers.get(i));
        }
        String configName = sha256(config) + ".json";
        archive.file(configName, config);
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode image = manifest.addObject();
        image.put("Config", configName);
        image.putArray("RepoTags").add("test/image:1");
        image.set("Layers", layerPaths);
        archive.file("manifest.json", write(manifest));
        return archive.bytes();
    }

    /** An OCI layout tar: blobs first, index.json last, each blob named by its digest. */
    static byte[] ociArchive(List<byte[]> layers, byte[] config) {
        Layer archive = new Layer();
        ObjectNode entry = image(archive, new java.util.HashSet<>(), layers, config);
        entry.putObject("annotations").put("org.opencontainers.image.ref.name", "test/oci:1");
        return layout(archive, List.of(entry));
    }

    /**
     * An OCI layout whose index lists one image per platform ({@code linux/arm/v7}), each with its own config,
     * and an attestation manifest ({@code unknown/unknown}) as BuildKit adds.
     */
    static byte[] multiPlatformOciArchive(List<byte[]> layers, java.util.Map<String, byte[]> configs) {
        Layer archive = new Layer();
        List<ObjectNode> entries = new java.util.ArrayList<>();
        java.util.Set<String> written = new java.util.HashSet<>();
        java.util.Map<String, byte[]> all = new java.util.LinkedHashMap<>(configs);
        all.put("unknown/unknown", config(List.of(), "", List.of()));
        all.forEach((platform, config) -> {
            ObjectNode entry = image(archive, written, layers, config);
            String[] parts = platform.split("/");
            ObjectNode node = entry.putObject("platform").put("os", parts[0]).put("architecture", parts[1]);
            if (parts.length > 2) {
                node.put("variant", parts[2]);
            }
            entries.add(entry);
        });
        return layout(archive, entries);
    }

    /** Writes the image's blobs and manifest; returns the manifest's descriptor. */
    private static ObjectNode image(Layer archive, java.util.Set<String> written, List<byte[]> layers, byte[] config) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        manifest.set("config", descriptor("application/vnd.oci.image.config.v1+json", config));
        ArrayNode layerDescriptors = manifest.putArray("layers");
        for (byte[] layer : layers) {
            layerDescriptors.add(descriptor("application/vnd.oci.image.layer.v1.tar", layer));
            if (written.add(sha256(layer))) {
                archive.file("blobs/sha256/" + sha256(layer), layer);
            }
        }
        archive.file("blobs/sha256/" + sha256(config), config);
        byte[] manifestBytes = write(manifest);
        archive.file("blobs/sha256/" + sha256(manifestBytes), manifestBytes);
        return descriptor("application/vnd.oci.image.manifest.v1+json", manifestBytes);
    }

    private static byte[] layout(Layer archive, List<ObjectNode> entries) {
        ObjectNode index = JSON.createObjectNode();
        index.put("schemaVersion", 2);
        index.putArray("manifests").addAll(entries);
        archive.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        archive.file("index.json", write(index));
        return archive.bytes();
    }

    private static ObjectNode descriptor(String mediaType, byte[] blob) {
        ObjectNode node = JSON.createObjectNode();
        node.put("mediaType", mediaType);
        node.put("digest", "sha256:" + sha256(blob));
        node.put("size", blob.length);
        return node;
    }
}
