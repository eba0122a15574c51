package dev.slimline.engine;

/** Which image builder a build uses, best first. */
public enum Builder {
    /** {@code docker buildx build}: the buildx plugin is installed. */
    BUILDX,
    /** {@code DOCKER_BUILDKIT=1 docker build}: the client has BuildKit built in (clients before buildx became a plugin). */
    BUILDKIT,
    /** {@code DOCKER_BUILDKIT=0 docker build}: the classic builder; no cache mounts, no skipping of unused stages. */
    LEGACY
}
