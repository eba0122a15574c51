package dev.slimline.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells secret-looking files by name and, for small files, by their first bytes. It sees content only to
 * decide; nothing it reads leaves this class.
 */
final class SecretDetector {
    /** Bytes of a file's head searched for a private-key header. */
    static final int HEAD_BYTES = 1024;
    private static final Pattern PRIVATE_KEY_HEADER =
            Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    /** What every match of {@link #PRIVATE_KEY_HEADER} starts with. */
    private static final byte[] KEY_MARK = "-----BEGIN ".getBytes(StandardCharsets.ISO_8859_1);
    private static final Pattern NPM_TOKEN = Pattern.compile("(?m)(_authToken|_auth|_password)\\s*=\\s*\\S");
    private static final Pattern PYPI_PASSWORD = Pattern.compile("(?m)^\\s*password\\s*[=:]\\s*\\S");
    private static final Pattern DOCKER_AUTH = Pattern.compile("\"auth\"\\s*:\\s*\"[^\"]+\"");

    private SecretDetector() {
    }

    /** Whether the file's content must be looked at to decide; such files are read up to the capture limit. */
    static boolean needsContent(String path) {
        String name = baseName(path);
        return name.equals(".npmrc") || name.equals(".pypirc") || path.endsWith(".docker/config.json");
    }

    /** A verdict from the path alone, or from the content for {@link #needsContent} files. */
    static Optional<SecretFile.Kind> classify(String path, byte[] content) {
        return classify(path, content == null ? new byte[0] : content, content == null ? 0 : content.length);
    }

    /** The same for the first {@code length} bytes of {@code content} (a buffer reused from file to file). */
    static Optional<SecretFile.Kind> classify(String path, byte[] content, int length) {
        String name = baseName(path);
        if (name.equals(".env") || (name.startsWith(".env.") && !isTemplate(name))) {
            return Optional.of(SecretFile.Kind.DOTENV);
        }
        if (name.equals(".git-credentials")) {
            return Optional.of(SecretFile.Kind.GIT_CREDENTIALS);
        }
        if (path.endsWith(".aws/credentials") || path.endsWith(".config/gcloud/application_default_credentials.json")
                || path.endsWith(".config/gcloud/credentials.db") || path.endsWith(".azure/accessTokens.json")
                || path.endsWith(".azure/msal_token_cache.json")) {
            return Optional.of(SecretFile.Kind.CLOUD_CREDENTIALS);
        }
        if (name.equals(".npmrc") && NPM_TOKEN.matcher(latin1(content, length)).find()) {
            return Optional.of(SecretFile.Kind.NPM_TOKEN);
        }
        if (name.equals(".pypirc") && PYPI_PASSWORD.matcher(latin1(content, length)).find()) {
            return Optional.of(SecretFile.Kind.PYPI_CREDENTIALS);
        }
        if (path.endsWith(".docker/config.json") && DOCKER_AUTH.matcher(latin1(content, length)).find()) {
            return Optional.of(SecretFile.Kind.DOCKER_CREDENTIALS);
        }
        int head = Math.min(length, HEAD_BYTES);
        // nearly every file lacks the header's first bytes: decide without making a string of its head
        if (indexOf(content, head, KEY_MARK) >= 0 && PRIVATE_KEY_HEADER.matcher(latin1(content, head)).find()) {
            return Optional.of(SecretFile.Kind.PRIVATE_KEY);
        }
        return Optional.empty();
    }

    private static String latin1(byte[] content, int length) {
        return new String(content, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Where {@code mark} starts in the first {@code length} bytes of {@code data}, or -1. */
    private static int indexOf(byte[] data, int length, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (data[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isTemplate(String name) {
        return name.endsWith(".example") || name.endsWith(".sample") || name.endsWith(".template")
                || name.endsWith(".dist");
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
