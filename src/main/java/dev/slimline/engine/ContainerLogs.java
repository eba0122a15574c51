package dev.slimline.engine;

/** What a container wrote, split the way the engine keeps it. */
public record ContainerLogs(String stdout, String stderr) {
}
