package dev.slimline.audit;

/**
 * The constants of the size model for what an application adds on top of its base image when no engine
 * measures it (README "How audit estimates sizes"). Averages, deliberately round: the audit ranks services
 * and sizes the saving; the engine issue replaces them with measurements.
 */
final class PayloadModel {

    /** Installed size of one direct npm/yarn/pnpm dependency, its transitive dependencies included. */
    static final long NODE_BYTES_PER_DEPENDENCY = 4_000_000L;
    /** Installed size of one Python requirement, its transitive dependencies and compiled parts included. */
    static final long PYTHON_BYTES_PER_REQUIREMENT = 12_000_000L;
    /** Dependencies assumed when the manifest cannot be read. */
    static final int UNKNOWN_DEPENDENCY_COUNT = 10;
    /** Package-manager download cache left in the layer, as a share of what was installed (npm, yarn, pip). */
    static final double CACHE_SHARE = 0.5;
    /** What an OS package unknown to the catalog adds. */
    static final long UNKNOWN_PACKAGE_BYTES = 5_000_000L;
    /** apt package lists left after {@code apt-get update} without {@code rm -rf /var/lib/apt/lists/*}. */
    static final long APT_LISTS_BYTES = 20_000_000L;
    /** What {@code COPY --from=<stage>} brings when its source cannot be sized: a build output. */
    static final long COPY_FROM_STAGE_BYTES = 20_000_000L;
    /** A statically linked Go (or similar) binary on a static base. */
    static final long STATIC_BINARY_BYTES = 15_000_000L;
    /** A base image missing from the catalog is taken to weigh this much (flagged approximate). */
    static final long UNKNOWN_BASE_BYTES = 100_000_000L;
    /** Layers assumed for such a base. */
    static final int UNKNOWN_BASE_LAYERS = 5;
    /** Files walked per build context before the size is taken as a lower bound. */
    static final int MAX_CONTEXT_FILES = 200_000;

    private PayloadModel() {
    }
}
