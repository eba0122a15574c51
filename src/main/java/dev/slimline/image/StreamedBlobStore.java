package dev.slimline.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code docker save} (or OCI layout) tar in ONE pass, whatever the order of its entries: small JSON
 * documents are kept whole, every layer blob is scanned into metadata as it streams by, and the layout is
 * resolved afterwards. Nothing is spooled to disk and no blob is held in memory, so a pipe from the engine
 * works as well as a file. Memory grows with the number of entries in the layers, which the budget caps.
 */
final class StreamedBlobStore implements BlobStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ALIAS_HOPS = 8;

    private final String source;
    private final Map<String, JsonNode> jsons = new HashMap<>();
    private final Map<String, ScannedLayer> layers = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final List<ArchiveFinding> findings = new ArrayList<>();

    private StreamedBlobStore(String source) {
        this.source = source;
    }

    static StreamedBlobStore read(String source, InputStream in, ReadLimits limits, boolean measureCompressed)
            throws IOException {
        StreamedBlobStore store = new StreamedBlobStore(source);
        store.consume(in, new ReadBudget(limits), measureCompressed);
        return store;
    }

    private void consume(InputStream in, ReadBudget budget, boolean measureCompressed) throws IOException {
        ReadLimits limits = budget.limits();
        LayerScanner scanner = new LayerScanner(budget, measureCompressed);
        PathNormalizer normalizer = new PathNormalizer(limits, findings);
        TarStreamReader outer = new TarStreamReader(in, limits, source, findings);
        for (TarEntry entry = outer.next(); entry != null; entry = outer.next()) {
            budget.addEntry(source);
            Optional<String> normalized = normalizer.normalize(entry.name(), source);
            if (normalized.isEmpty() || normalized.get().isEmpty()) {
                continue;
            }
            String path = normalized.get();
            switch (entry.type()) {
                case SYMLINK, HARDLINK -> alias(path, entry);
                case FILE -> file(path, entry, outer, scanner, limits);
                default -> {
                    // directories and the like carry nothing the layout needs
                }
            }
        }
    }

    /** {@code docker save} writes a layer shared by two images once and links the second name to it. */
    private void alias(String path, TarEntry entry) {
        int slash = path.lastIndexOf('/');
        String base = entry.type() == TarEntry.Type.SYMLINK && slash > 0 ? path.substring(0, slash) : "";
        Optional<String> target = entry.linkTarget().startsWith("/") ? Optional.empty()
                : PathNormalizer.clean(base, entry.linkTarget());
        if (target.isEmpty()) {
            findings.add(new ArchiveFinding(ArchiveFinding.Kind.LINK_ESCAPES_ROOT, source + ": " + path,
                    "link to '" + PathNormalizer.abbreviate(entry.linkTarget()) + "' leaves the archive; ignored"));
            return;
        }
        aliases.put(path, target.get());
    }

    private void file(String path, TarEntry entry, TarStreamReader outer, LayerScanner scanner, ReadLimits limits)
            throws IOException {
        boolean jsonName = path.endsWith(".json") || path.equals("repositories") || path.equals("oci-layout");
        boolean blobName = path.startsWith("blobs/") || path.endsWith(".tar") || path.endsWith(".tar.gz")
                || path.endsWith(".tar.zst");
        if (!jsonName && !blobName) {
            return;
        }
        BufferedInputStream content = new BufferedInputStream(outer.content(), 64 * 1024);
        content.mark(1);
        int first = content.read();
        content.reset();
        boolean looksJson = first == '{' || first == '[';
        if (jsonName || (looksJson && entry.size() <= limits.maxJsonBytes())) {
            if (entry.size() > limits.maxJsonBytes()) {
                throw SlimlineException.badInput(source + ": " + path + " is " + entry.size()
                        + " bytes, more than the " + limits.maxJsonBytes() + " a manifest or config may have");
            }
            try {
                jsons.put(path, JSON.readTree(content.readNBytes((int) entry.size())));
            } catch (IOException e) {
                if (jsonName) {
                    throw SlimlineException.badInput(source + ": " + path + " is not valid JSON");
                }
                findings.add(new ArchiveFinding(ArchiveFinding.Kind.UNUSED_ENTRY, source + ": " + path,
                        "blob looks like JSON but does not parse; ignored"));
            }
            return;
        }
        layers.put(path, scanner.scan(path, content));
    }

    @Override
    public Optional<JsonNode> json(String path) {
        return Optional.ofNullable(jsons.get(resolve(path)));
    }

    @Override
    public ScannedLayer layer(String path) {
        ScannedLayer layer = layers.get(resolve(path));
        if (layer == null) {
            throw SlimlineException.badInput(source + ": the manifest names layer '" + PathNormalizer.abbreviate(path)
                    + "' but the archive does not contain it");
        }
        return layer;
    }

    @Override
    public List<ArchiveFinding> findings() {
        return List.copyOf(findings);
    }

    private String resolve(String path) {
        String current = PathNormalizer.clean("", path).orElse("");
        for (int hop = 0; hop < MAX_ALIAS_HOPS && aliases.containsKey(current); hop++) {
            current = aliases.get(current);
        }
        return current;
    }
}
