package dev.slimline.verify;

import java.util.Map;

/**
 * A service the verified services need that is run from an existing image, e.g. {@code redis:7}.
 *
 * @param name its compose service name (the host name the others use)
 * @param image the image to run
 * @param env its environment
 */
public record Sidecar(String name, String image, Map<String, String> env) {

    public Sidecar {
        env = Map.copyOf(env);
    }
}
