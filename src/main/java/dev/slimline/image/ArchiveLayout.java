package dev.slimline.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.SlimlineException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the image in an archive: {@code manifest.json} (docker-archive, also written by newer engines next to
 * their OCI layout) or else {@code index.json} (OCI layout, following nested indexes to the manifest of the
 * wanted platform).
 */
final class ArchiveLayout {
    private static final int MAX_INDEX_DEPTH = 4;

    private ArchiveLayout() {
    }

    /** @param platform the platform to pick from a multi-platform index; asked only when an index offers a choice */
    static ImageArchive resolve(String source, BlobStore store, Supplier<Platform> platform) throws IOException {
        Optional<JsonNode> manifest = store.json("manifest.json");
        if (manifest.isPresent()) {
            return dockerArchive(source, store, manifest.get());
        }
        Optional<JsonNode> index = store.json("index.json");
        if (index.isPresent()) {
            return ociLayout(source, store, index.get(), platform);
        }
        throw SlimlineException.badInput(source + ": neither manifest.json (docker save) nor index.json (OCI layout)"
                + " found; is this an image archive?");
    }

    private static ImageArchive dockerArchive(String source, BlobStore store, JsonNode manifest) throws IOException {
        JsonNode image = manifest.path(0);
        if (!image.isObject() || !image.path("Config").isTextual() || !image.path("Layers").isArray()) {
            throw SlimlineException.badInput(source + ": manifest.json has no image with Config and Layers");
        }
        ImageConfig config = ImageConfig.parse(requireJson(source, store, image.path("Config").asText()));
        List<String> layerPaths = new ArrayList<>();
        image.path("Layers").forEach(layer -> layerPaths.add(layer.asText()));
        List<String> tags = new ArrayList<>();
        image.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
        return assemble(source, "docker-archive", tags, config, layerPaths, store);
    }

    private static ImageArchive ociLayout(String source, BlobStore store, JsonNode index, Supplier<Platform> platform)
            throws IOException {
        JsonNode manifest = index;
        List<String> tags = new ArrayList<>();
        for (int depth = 0; manifest.has("manifests"); depth++) {
            if (depth >= MAX_INDEX_DEPTH) {
                throw SlimlineException.badInput(source + ": OCI indexes nested deeper than " + MAX_INDEX_DEPTH);
            }
            JsonNode descriptor = pick(source, manifest.path("manifests"), platform);
            String name = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText("");
            if (!name.isEmpty()) {
                tags.add(name);
            }
            manifest = requireJson(source, store, blobPath(source, descriptor));
        }
        ImageConfig config = ImageConfig.parse(requireJson(source, store, blobPath(source, manifest.path("config"))));
        List<String> layerPaths = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            layerPaths.add(blobPath(source, layer));
        }
        return assemble(source, "oci-layout", tags, config, layerPaths, store);
    }

    private static ImageArchive assemble(String source, String format, List<String> tags, ImageConfig config,
            List<String> layerPaths, BlobStore store) throws IOException {
        List<ScannedLayer> layers = new ArrayList<>();
        List<ArchiveFinding> findings = new ArrayList<>(store.findings());
        for (String path : layerPaths) {
            ScannedLayer layer = store.layer(path);
            layers.add(layer);
            findings.addAll(layer.findings());
        }
        return new ImageArchive(source, format, List.copyOf(tags), config, List.copyOf(layers), List.copyOf(findings));
    }

    /**
     * The manifest for the wanted platform. Descriptors without a platform (a nested index, a single image) are
     * taken when they are the only ones; attestation manifests ({@code unknown/unknown}) are never images.
     *
     * @throws SlimlineException BAD_INPUT naming the platforms the index has when none is the wanted one
     */
    private static JsonNode pick(String source, JsonNode manifests, Supplier<Platform> wanted) {
        if (!manifests.isArray() || manifests.isEmpty()) {
            throw SlimlineException.badInput(source + ": OCI index lists no manifests");
        }
        List<JsonNode> images = new ArrayList<>();
        List<Platform> offered = new ArrayList<>();
        for (JsonNode candidate : manifests) {
            JsonNode platform = candidate.path("platform");
            if (!platform.isObject()) {
                images.add(candidate);
                continue;
            }
            Platform own = new Platform(platform.path("os").asText(""), platform.path("architecture").asText(""),
                    platform.path("variant").asText(""));
            if (!own.os().equals("unknown")) {
                images.add(candidate);
                offered.add(own);
            }
        }
        if (images.size() == 1 && offered.isEmpty()) {
            return images.get(0);
        }
        Platform platform = wanted.get();
        for (JsonNode candidate : images) {
            JsonNode own = candidate.path("platform");
            if (own.isObject() && platform.accepts(new Platform(own.path("os").asText(""),
                    own.path("architecture").asText(""), own.path("variant").asText("")))) {
                return candidate;
            }
        }
        throw SlimlineException.badInput(source + ": no image for platform " + platform + "; the index has "
                + (offered.isEmpty() ? "no platforms" : String.join(", ", offered.stream().map(Platform::toString)
                        .toList())) + " (choose one with --platform)");
    }

    private static String blobPath(String source, JsonNode descriptor) {
        String digest = descriptor.path("digest").asText("");
        int colon = digest.indexOf(':');
        if (colon <= 0 || !digest.substring(colon + 1).matches("[0-9a-fA-F]{32,128}")) {
            throw SlimlineException.badInput(source + ": malformed digest '" + PathNormalizer.abbreviate(digest) + "'");
        }
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    private static JsonNode requireJson(String source, BlobStore store, String path) throws IOException {
        return store.json(path).orElseThrow(() -> SlimlineException.badInput(
                source + ": the archive names '" + PathNormalizer.abbreviate(path) + "' but does not contain it"));
    }
}
