package dev.slimline.project;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a service's image is built, beyond its context and Dockerfile, as its build definition (compose, bake)
 * or the command line says.
 *
 * @param args build arguments ({@code --build-arg}), sorted so command lines repeat
 * @param target the stage to build, or null for the last one
 * @param secrets build secrets (ids and sources only)
 * @param ssh SSH agent sockets or keys to forward ({@code default}, {@code id=path})
 * @param network the build network ({@code host}), or null for the builder's default
 * @param platforms the platforms the definition builds for; a local build uses the first
 * @param tags the image names the definition gives
 */
public record BuildSettings(Map<String, String> args, String target, List<BuildSecret> secrets, List<String> ssh,
        String network, List<String> platforms, List<String> tags) {

    public BuildSettings {
        args = Collections.unmodifiableMap(new TreeMap<>(args));
        secrets = List.copyOf(secrets);
        ssh = List.copyOf(ssh);
        platforms = List.copyOf(platforms);
        tags = List.copyOf(tags);
    }

    /** A plain {@code docker build} of the Dockerfile: no args, last stage, default network and platform. */
    public static BuildSettings none() {
        return new BuildSettings(Map.of(), null, List.of(), List.of(), null, List.of(), List.of());
    }

    /** The platform a single local build uses, or null for the engine's own. */
    public String platform() {
        return platforms.isEmpty() ? null : platforms.get(0);
    }

    public BuildSettings withArgs(Map<String, String> more) {
        Map<String, String> merged = new TreeMap<>(args);
        merged.putAll(more);
        return new BuildSettings(merged, target, secrets, ssh, network, platforms, tags);
    }

    public BuildSettings withTarget(String stage) {
        return new BuildSettings(args, stage, secrets, ssh, network, platforms, tags);
    }

    public BuildSettings withSecrets(List<BuildSecret> more) {
        List<BuildSecret> merged = new java.util.ArrayList<>(secrets);
        merged.removeIf(secret -> more.stream().anyMatch(other -> other.id().equals(secret.id())));
        merged.addAll(more);
        return new BuildSettings(args, target, merged, ssh, network, platforms, tags);
    }

    public BuildSettings withNetwork(String name) {
        return new BuildSettings(args, target, secrets, ssh, name, platforms, tags);
    }

    public BuildSettings withPlatforms(List<String> chosen) {
        return new BuildSettings(args, target, secrets, ssh, network, chosen, tags);
    }
}
