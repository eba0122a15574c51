package dev.slimline.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A build secret as the build definition names it: its id and where BuildKit reads it from, a file or an
 * environment variable. The value itself is never read, kept or printed.
 *
 * @param id the id the Dockerfile mounts ({@code RUN --mount=type=secret,id=npm_token})
 * @param file the file holding it, or null
 * @param env the environment variable holding it, or null
 */
public record BuildSecret(String id, Path file, String env) {

    public BuildSecret {
        Objects.requireNonNull(id, "id");
    }

    /**
     * A {@code --secret} value as {@code docker build} takes it ({@code id=x,src=path}, {@code id=x,env=VAR},
     * {@code id=x}, where a bare id is read from the variable of that name, as BuildKit does).
     */
    public static BuildSecret parse(String spec, Path base) {
        String id = null;
        Path file = null;
        String env = null;
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "id" : part.substring(0, eq).strip();
            String value = eq < 0 ? part.strip() : part.substring(eq + 1).strip();
            switch (key) {
                case "id" -> id = value;
                case "src", "source" -> file = base.resolve(value).normalize();
                case "env" -> env = value;
                default -> throw new IllegalArgumentException("unknown secret field '" + key + "' in '" + spec
                        + "' (id, src, env)");
            }
        }
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("secret '" + spec + "' has no id");
        }
        return new BuildSecret(id, file, env);
    }

    /** The {@code --secret} argument for this secret: where to read it, never what it is. */
    public String argument() {
        return "id=" + id + (file != null ? ",src=" + file : env != null ? ",env=" + env : "");
    }
}
