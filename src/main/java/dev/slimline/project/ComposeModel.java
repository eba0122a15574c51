package dev.slimline.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a project's compose files say, merged and interpolated: the services built from a Dockerfile and the
 * services run from an image (sidecars such as redis).
 *
 * @param files the compose files read, in merge order
 * @param built services with a {@code build:} section, in file order
 * @param images services run from an image only
 */
public record ComposeModel(List<Path> files, List<Built> built, List<FromImage> images) {

    public ComposeModel {
        files = List.copyOf(files);
        built = List.copyOf(built);
        images = List.copyOf(images);
    }

    public static ComposeModel none() {
        return new ComposeModel(List.of(), List.of(), List.of());
    }

    /** A service compose builds: where from and how, and how it runs. */
    public record Built(String key, Path context, Path dockerfile, BuildSettings build, RuntimeSettings runtime) {
    }

    /** A service compose runs from an image. */
    public record FromImage(String key, String image, Map<String, String> env) {

        public FromImage {
            env = Map.copyOf(env);
        }
    }
}
