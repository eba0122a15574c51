package dev.slimline.image;

import java.util.List;
import java.util.Map;

/**
 * What reading one layer blob gave, independent of where the layer sits in the image (layers may come in
 * any order in a {@code docker save} stream; {@link LayerStack} puts them in order afterwards).
 *
 * @param blob          the blob's name in the archive ({@code <id>/layer.tar} or {@code blobs/sha256/<hex>})
 * @param compression   how the blob was compressed
 * @param blobBytes     bytes of the blob as stored
 * @param tarBytes      bytes of the uncompressed tar stream
 * @param size          bytes Docker counts for the layer ({@code docker history} SIZE): see docs/image-metrics.md
 * @param compressedSize bytes of the layer gzip-compressed as a registry stores it; -1 when not measured
 * @param compressedSizeEstimated true when {@code compressedSize} was computed here (gzip of the tar),
 *                      false when it is the stored blob's own length
 * @param entries       every normalised entry in tar order (whiteouts and opaque markers included)
 * @param capturedFiles small files whose content the analysis needs ({@code etc/passwd}), by path
 * @param secrets       secret-looking files this layer adds (layer index and deletion are set by {@link LayerStack})
 * @param findings      hostile or malformed entries seen
 */
public record ScannedLayer(
        String blob,
        LayerCompression compression,
        long blobBytes,
        long tarBytes,
        long size,
        long compressedSize,
        boolean compressedSizeEstimated,
        List<LayerEntry> entries,
        Map<String, byte[]> capturedFiles,
        List<SecretFile> secrets,
        List<ArchiveFinding> findings) {
}
