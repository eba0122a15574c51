package dev.slimline.engine;

/** Which Compose the machine has. */
public enum ComposeFlavour {
    /** The {@code docker compose} plugin (Compose v2). */
    V2_PLUGIN,
    /** The standalone {@code docker-compose} program (Compose v1). */
    V1_BINARY,
    /** Neither: compose operations fail with UNAVAILABLE. */
    NONE
}
