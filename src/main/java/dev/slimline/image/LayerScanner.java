package dev.slimline.image;

import dev.slimline.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one layer blob (plain tar, gzip or zstd) as a stream into a {@link ScannedLayer}: entry metadata,
 * the few small files the analysis needs, and secret-looking files. File data is skipped, never stored.
 */
final class LayerScanner {
    /** Files read whole (up to {@link ReadLimits#maxCapturedBytes()}) because the analysis needs their content. */
    static final Set<String> CAPTURED = Set.of("etc/passwd");
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    private final ReadBudget budget;
    private final boolean measureCompressed;
    private final ContentCapture capture;
    private final byte[] head = new byte[SecretDetector.HEAD_BYTES];

    LayerScanner(ReadBudget budget, boolean measureCompressed, ContentCapture capture) {
        this.budget = budget;
        this.measureCompressed = measureCompressed;
        this.capture = capture;
    }

    ScannedLayer scan(String blob, InputStream raw) throws IOException {
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedInputStream buffered = new BufferedInputStream(counted, 64 * 1024);
        LayerCompression compression = LayerCompression.sniff(buffered);
        DecompressionGuard guarded = new DecompressionGuard(compression.decode(buffered), counted,
                compression != LayerCompression.NONE, budget, blob);
        GzipSizer sizer = measureCompressed && compression == LayerCompression.NONE ? new GzipSizer(guarded) : null;
        InputStream tar = sizer != null ? sizer : guarded;

        List<ArchiveFinding> findings = new ArrayList<>();
        List<LayerEntry> entries = new ArrayList<>();
        Map<String, byte[]> captured = new HashMap<>();
        List<SecretFile> secrets = new ArrayList<>();
        PathNormalizer normalizer = new PathNormalizer(budget.limits(), findings);
        TarStreamReader reader = new TarStreamReader(tar, budget.limits(), blob, findings);
        long size = 0;
        long fileBytes = 0;
        for (TarEntry entry = reader.next(); entry != null; entry = reader.next()) {
            budget.addEntry(blob);
            Optional<String> normalized = normalizer.normalize(entry.name(), blob);
            if (normalized.isEmpty() || normalized.get().isEmpty()) {
                continue;
            }
            String path = normalized.get();
            LayerEntry layerEntry = toLayerEntry(path, entry, blob, findings);
            entries.add(layerEntry);
            size += layerEntry.size();
            if (layerEntry.type() == LayerEntry.Type.FILE) {
                fileBytes += layerEntry.size();
                inspectContent(path, entry, reader, captured, secrets);
            }
        }
        drain(tar);
        long compressedSize = sizer != null ? sizer.finish() : compression == LayerCompression.NONE ? -1 : counted.count();
        return new ScannedLayer(blob, compression, counted.count(), guarded.produced(), size, fileBytes, compressedSize,
                sizer != null, List.copyOf(entries), Map.copyOf(captured), List.copyOf(secrets), List.copyOf(findings));
    }

    private static LayerEntry toLayerEntry(String path, TarEntry entry, String blob, List<ArchiveFinding> findings) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String parent = slash < 0 ? "" : path.substring(0, slash);
        if (name.equals(OPAQUE)) {
            return new LayerEntry(parent, LayerEntry.Type.OPAQUE, 0);
        }
        if (name.startsWith(WHITEOUT) && !name.startsWith(WHITEOUT + WHITEOUT)) {
            String deleted = name.substring(WHITEOUT.length());
            return new LayerEntry(parent.isEmpty() ? deleted : parent + "/" + deleted, LayerEntry.Type.WHITEOUT, 0);
        }
        return switch (entry.type()) {
            case FILE -> new LayerEntry(path, LayerEntry.Type.FILE, entry.size());
            case DIRECTORY -> new LayerEntry(path, LayerEntry.Type.DIRECTORY, 0);
            case SYMLINK -> {
                if (PathNormalizer.symlinkEscapes(path, entry.linkTarget())) {
                    findings.add(new ArchiveFinding(ArchiveFinding.Kind.LINK_ESCAPES_ROOT, blob + ": " + path,
                            "symlink to '" + PathNormalizer.abbreviate(entry.linkTarget())
                                    + "' climbs above the image root; never followed"));
                }
                // Docker's layer size is the diff directory's lstat sizes: a symlink counts its target's length.
                yield new LayerEntry(path, LayerEntry.Type.SYMLINK,
                        entry.linkTarget().getBytes(StandardCharsets.UTF_8).length);
            }
            case HARDLINK -> {
                if (PathNormalizer.clean("", entry.linkTarget()).isEmpty()) {
                    findings.add(new ArchiveFinding(ArchiveFinding.Kind.LINK_ESCAPES_ROOT, blob + ": " + path,
                            "hard link to '" + PathNormalizer.abbreviate(entry.linkTarget())
                                    + "' outside the image root; never followed"));
                }
                // Same inode as its target, which Docker counts once.
                yield new LayerEntry(path, LayerEntry.Type.HARDLINK, 0);
            }
            case OTHER -> new LayerEntry(path, LayerEntry.Type.OTHER, 0);
        };
    }

    private void inspectContent(String path, TarEntry entry, TarStreamReader reader, Map<String, byte[]> captured,
            List<SecretFile> secrets) throws IOException {
        int captureLimit = budget.limits().maxCapturedBytes();
        boolean wantWhole = (CAPTURED.contains(path) || SecretDetector.needsContent(path)) && entry.size() <= captureLimit;
        InputStream data = reader.content();
        // the head of every file goes into one buffer, reused: only files kept whole get an array of their own
        byte[] content = wantWhole ? data.readNBytes((int) entry.size()) : head;
        int length = wantWhole ? content.length : data.readNBytes(head, 0, SecretDetector.HEAD_BYTES);
        if (wantWhole && CAPTURED.contains(path)) {
            captured.put(path, content);
        }
        SecretDetector.classify(path, content, length)
                .ifPresent(kind -> secrets.add(new SecretFile(path, kind, -1, false)));
        if (!CAPTURED.contains(path) && capture.wants(path, entry.size())) {
            // The head already read goes first, so the capture sees the file whole.
            byte[] kept = capture.capture(path, entry.size(),
                    new SequenceInputStream(new ByteArrayInputStream(content, 0, length), data));
            if (kept != null) {
                captured.put(path, kept);
            }
        }
    }

    /** Reads past the end-of-archive marker so padding is counted (and compressed) as a registry sees it. */
    private static void drain(InputStream tar) throws IOException {
        while (tar.skip(1 << 20) > 0 || tar.read() >= 0) {
            // keep going until the stream ends
        }
    }
}
