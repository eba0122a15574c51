package dev.slimline.image;

/**
 * A file that looks like a secret. Only where it is: its content is never kept or printed.
 *
 * @param path        root-relative path
 * @param kind        why it looks like a secret
 * @param layer       index (0-based) of the layer that added it
 * @param deletedLater true when a later layer deleted or replaced it: still in the image's history and
 *                    anyone who pulls the image can read it from that layer
 */
public record SecretFile(String path, Kind kind, int layer, boolean deletedLater) {

    public enum Kind {
        PRIVATE_KEY, DOTENV, CLOUD_CREDENTIALS, NPM_TOKEN, GIT_CREDENTIALS, PYPI_CREDENTIALS,
        DOCKER_CREDENTIALS
    }

    SecretFile withDeletedLater() {
        return new SecretFile(path, kind, layer, true);
    }
}
