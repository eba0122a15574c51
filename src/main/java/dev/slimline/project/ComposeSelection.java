package dev.slimline.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which compose files and profiles to read, as {@code docker compose -f ... --profile ...} takes them.
 *
 * @param files compose files given with {@code -f}; empty to look for the usual names (and their override file)
 *     in the project directory, or to read {@code COMPOSE_FILE}
 * @param profiles active profiles; empty to read {@code COMPOSE_PROFILES}
 * @param environment the shell environment interpolation reads (over the project's {@code .env})
 */
public record ComposeSelection(List<Path> files, List<String> profiles, Map<String, String> environment) {

    public ComposeSelection {
        files = List.copyOf(files);
        profiles = List.copyOf(profiles);
        environment = Map.copyOf(environment);
    }

    /** The usual files, profiles from the environment, the process environment. */
    public static ComposeSelection defaults() {
        return new ComposeSelection(List.of(), List.of(), System.getenv());
    }
}
