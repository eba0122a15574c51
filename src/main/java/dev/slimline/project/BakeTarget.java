package dev.slimline.project;

import java.nio.file.Path;

/**
 * A bake target slimline builds as a service.
 *
 * @param file the bake file that defines it
 * @param name the target's name
 * @param context the build context
 * @param dockerfile the Dockerfile
 * @param build args, target stage, secrets, platforms, tags
 */
public record BakeTarget(Path file, String name, Path context, Path dockerfile, BuildSettings build) {
}
