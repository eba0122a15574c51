package dev.slimline.project;

import java.nio.file.Path;

/**
 * The build definition a service comes from.
 *
 * @param file the compose or bake file
 * @param key the service's (compose) or target's (bake) name in it
 */
public record ServiceOrigin(Path file, String key) {
}
