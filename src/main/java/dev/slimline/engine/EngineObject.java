package dev.slimline.engine;

/** The kinds of engine objects slimline creates and must clean up. */
public enum EngineObject {
    CONTAINER,
    IMAGE,
    NETWORK,
    VOLUME
}
