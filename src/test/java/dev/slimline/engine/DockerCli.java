package dev.slimline.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code docker} client run directly, without slimline's engine adapter: integration tests read the figures
 * they compare slimline's output with through it, so a mistake in the adapter cannot hide itself.
 */
public final class DockerCli {

    private DockerCli() {
    }

    /** Runs {@code docker ARGS} (the client the engine detector chose) and returns its standard output. */
    public static String run(String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(TestEngines.real().setup().client().toString());
        argv.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish within 60 s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", argv) + " failed (exit " + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@code docker image inspect --format TEMPLATE REF}, trimmed. */
    public static String inspectImage(String ref, String template) {
        return run("image", "inspect", "--format", template, ref).strip();
    }
}
