package dev.slimline.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An unpacked OCI layout or docker-archive directory: documents and blobs are read from files on demand. */
final class DirectoryBlobStore implements BlobStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final LayerScanner scanner;
    private final ReadLimits limits;

    DirectoryBlobStore(Path root, ReadLimits limits, boolean measureCompressed) throws IOException {
        this.root = root.toRealPath();
        this.limits = limits;
        this.scanner = new LayerScanner(new ReadBudget(limits), measureCompressed);
    }

    @Override
    public Optional<JsonNode> json(String path) throws IOException {
        Optional<Path> file = locate(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (Files.size(file.get()) > limits.maxJsonBytes()) {
            throw SlimlineException.badInput(file.get() + ": more than the " + limits.maxJsonBytes()
                    + " bytes a manifest or config may have");
        }
        try {
            return Optional.of(JSON.readTree(Files.readAllBytes(file.get())));
        } catch (IOException e) {
            throw SlimlineException.badInput(file.get() + ": not valid JSON");
        }
    }

    @Override
    public ScannedLayer layer(String path) throws IOException {
        Path file = locate(path).orElseThrow(() -> SlimlineException.badInput(
                root + ": the manifest names layer '" + PathNormalizer.abbreviate(path) + "' but it is not there"));
        try (InputStream in = Files.newInputStream(file)) {
            return scanner.scan(path, in);
        }
    }

    @Override
    public List<ArchiveFinding> findings() {
        return List.of();
    }

    /** The file for an archive path, only if it (after symlinks) stays inside the layout directory. */
    private Optional<Path> locate(String path) throws IOException {
        Optional<String> clean = PathNormalizer.clean("", path);
        if (clean.isEmpty()) {
            throw SlimlineException.badInput(root + ": path '" + PathNormalizer.abbreviate(path)
                    + "' leaves the layout directory");
        }
        Path file = root.resolve(clean.get());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!file.toRealPath().startsWith(root)) {
            throw SlimlineException.badInput(file + ": links outside the layout directory");
        }
        return Optional.of(file);
    }
}
