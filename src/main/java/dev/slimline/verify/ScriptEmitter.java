package dev.slimline.verify;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.io.AtomicWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code scripts/verify-docker-optimization.sh} and {@code docker-compose.verify.yml}: the checks of
 * {@code slimline verify} with plain docker, compose (v2 plugin or v1) and curl, for CI jobs that do not run Java.
 * Paths in both files are relative to the directory they are written into, so the pair can be committed.
 */
public final class ScriptEmitter {

    static final String SCRIPT = "scripts/verify-docker-optimization.sh";
    static final String COMPOSE_FILE = "docker-compose.verify.yml";

    /** Writes both files; refuses to overwrite existing ones unless {@code force}. Returns what it wrote. */
    public List<Path> emit(VerifyPlan plan, Path dir, boolean force) {
        Path script = dir.resolve(SCRIPT);
        Path compose = dir.resolve(COMPOSE_FILE);
        for (Path file : List.of(script, compose)) {
            if (Files.exists(file) && !force) {
                throw SlimlineException.badInput(SourceLocation.of(file), "exists; pass --force to overwrite it");
            }
        }
        Path base = dir.toAbsolutePath().normalize();
        write(compose, composeFile(plan), false);
        write(script, script(plan, base), true);
        return List.of(script, compose);
    }

    static String composeFile(VerifyPlan plan) {
        List<ComposeService> services = new ArrayList<>();
        for (Sidecar sidecar : plan.sidecars()) {
            services.add(new ComposeService(sidecar.name(), sidecar.image(), sidecar.env(), List.of(), List.of(),
                    List.of(), Map.of(ContainerLabels.SERVICE, "${VERIFY_RUN_ID}/${VERIFY_VARIANT}/" + sidecar.name())));
        }
        for (ServiceUnderTest service : plan.services()) {
            ServiceRuntime runtime = service.runtime();
            services.add(new ComposeService(runtime.composeName(), imageVariable(service), runtime.env(),
                    runtime.containerPorts(), runtime.dependsOn(), List.of(),
                    Map.of(ContainerLabels.SERVICE, "${VERIFY_RUN_ID}/${VERIFY_VARIANT}/" + runtime.composeName())));
        }
        return ComposeProjectWriter.write(services, Map.of(RunLabel.KEY, "${VERIFY_RUN_ID}"),
                "# Written by slimline verify --emit; used by " + SCRIPT + ".\n"
                        + "# Runs the images the script built, ports on 127.0.0.1 only, every object labelled.\n");
    }

    private static String imageVariable(ServiceUnderTest service) {
        return "slimline-verify/" + RunLabel.safeName(service.name()) + ":${VERIFY_VARIANT}-${VERIFY_RUN_ID}";
    }

    static String script(VerifyPlan plan, Path base) {
        StringBuilder out = new StringBuilder(resource("verify-script-head.sh"));
        out.append("\n# --- the services (written by slimline verify --emit) ---\n");
        out.append("build_all() {\n");
        for (ServiceUnderTest service : plan.services()) {
            String network = service.runtime().buildNetwork() == null ? "" : service.runtime().buildNetwork();
            out.append("  build_service ").append(quote(service.name())).append(' ')
                    .append(quote(RunLabel.safeName(service.name()))).append(' ')
                    .append(quote(relative(base, service.context()))).append(' ')
                    .append(quote(relative(base, service.originalDockerfile()))).append(' ')
                    .append(quote(relative(base, service.optimizedDockerfile()))).append(' ')
                    .append(quote(network)).append(' ')
                    .append(quote(relative(base, service.optimizedContext()))).append('\n');
        }
        out.append("}\n\ncheck_all() {\n");
        for (ServiceUnderTest service : plan.services()) {
            out.append("  check_service ").append(quote(service.name())).append(' ')
                    .append(quote(service.runtime().composeName())).append(' ')
                    .append(quote(RunLabel.safeName(service.name()))).append(' ')
                    .append(probeArguments(service)).append('\n');
        }
        out.append("}\n\n");
        out.append(resource("verify-script-main.sh"));
        return out.toString();
    }

    /** {@code http PORT PATHS} or {@code command ARGV} or {@code healthcheck}, known from the Dockerfiles' text. */
    private static String probeArguments(ServiceUnderTest service) {
        List<Integer> ports = service.runtime().containerPorts();
        List<String> paths = service.healthPath() != null ? List.of(service.healthPath()) : ProbeChooser.DEFAULT_PATHS;
        if (!ports.isEmpty()) {
            return "http " + ports.get(0) + " " + quote(String.join(" ", paths));
        }
        String text = read(service.optimizedDockerfile());
        java.util.regex.Matcher celery = java.util.regex.Pattern.compile("celery\"?,?\\s*\"?(?:-A|--app)\"?,?\\s*\"?([\\w.]+)")
                .matcher(text);
        if (celery.find()) {
            return "command " + quote("celery -A " + celery.group(1) + " inspect ping --timeout 10");
        }
        java.util.regex.Matcher expose = java.util.regex.Pattern.compile("(?im)^\\s*EXPOSE\\s+(\\d+)").matcher(text);
        if (expose.find()) {
            return "http " + expose.group(1) + " " + quote(String.join(" ", paths));
        }
        return "healthcheck ''";
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) || base.getRoot().equals(absolute.getRoot())
                ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    /** Single-quoted for bash. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + e.getMessage());
        }
    }

    private static String resource(String name) {
        try (var in = ScriptEmitter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("@TOOL_LOOKUP@", quote(SecurityInspector.TOOL_LOOKUP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically ({@link AtomicWriter}); a script is made executable. */
    private static void write(Path file, String text, boolean executable) {
        AtomicWriter.write(file, text);
        if (executable) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw SlimlineException.badInput(SourceLocation.of(file), "cannot make executable: " + e.getMessage());
            }
        }
    }
}
