package dev.slimline.image;

import java.util.List;

/**
 * Everything {@code slimline inspect} says about an image. Sizes are bytes; see docs/image-metrics.md for
 * how each figure is defined.
 *
 * @param totalSize      sum of layer sizes, as {@code docker image inspect .Size} reports on overlay2
 * @param compressedSize sum of the layers' compressed sizes (gzip as a registry stores them); -1 when not measured
 * @param waste          waste and efficiency, both our definition and dive's
 * @param secretEnv      names of ENV variables that look like secrets (values never kept)
 */
public record ImageReport(
        String source,
        String format,
        List<String> repoTags,
        List<Layer> layers,
        long totalSize,
        long compressedSize,
        Waste waste,
        List<PathSize> largestFiles,
        List<PathSize> largestDirectories,
        List<Match> buildTools,
        List<Match> packageCaches,
        User user,
        Healthcheck healthcheck,
        List<SecretFile> secretFiles,
        List<String> secretEnv,
        List<ArchiveFinding> archiveFindings) {

    /**
     * @param index          0-based, bottom first
     * @param instruction    the Dockerfile instruction that made it, from the config history
     * @param size           bytes as {@code docker history} SIZE reports them
     * @param compressedSize gzip bytes; -1 when not measured
     */
    public record Layer(int index, String blob, String instruction, long size, long compressedSize, int added,
            int changed, int deleted) {
    }

    /**
     * @param wastedBytes     bytes of files that a later layer overwrote or deleted: the N-1 copies, truly waste
     * @param efficiency      1 - wastedBytes / totalSize: the share of shipped bytes still visible in the image
     * @param diveWastedBytes dive's figure: all copies (the surviving one too) of paths seen in 2+ layers
     * @param diveEfficiency  dive's score: sum of each path's smallest copy / sum of all copies
     * @param visibleBytes    bytes visible in the final file tree
     */
    public record Waste(long wastedBytes, double efficiency, long diveWastedBytes, double diveEfficiency,
            long visibleBytes) {
    }

    public record PathSize(String path, long bytes) {
    }

    /**
     * A build tool or package cache found in the final file tree.
     *
     * @param name      as in the knowledge YAML
     * @param locations the first matching paths (tools) or cache directories (caches), at most five
     * @param files     matching files
     * @param bytes     their size
     */
    public record Match(String name, List<String> locations, int files, long bytes) {
    }

    /**
     * @param configured {@code config.User} as written ("" when unset)
     * @param name       user name, from the image's /etc/passwd when the config gives a uid; null when unknown
     * @param uid        numeric uid; null when a name is not in /etc/passwd
     */
    public record User(String configured, String name, Integer uid) {
        public boolean isRoot() {
            return uid != null && uid == 0;
        }
    }

    /** @param test {@code Healthcheck.Test}; empty when none */
    public record Healthcheck(boolean present, List<String> test) {
    }
}
