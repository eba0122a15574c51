package dev.slimline.scan.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.engine.ExecutableLocator;
import dev.slimline.engine.ProcessRunner;
import dev.slimline.engine.ProcessSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A scanner slimline can delegate to: how to call it for an image or an archive, and how to read its JSON. */
public enum ExternalScanner {
    TRIVY("trivy", new TrivyJsonMapper()),
    GRYPE("grype", new GrypeJsonMapper()),
    SCOUT("docker", new ScoutSarifMapper());

    public static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String executable;
    private final ScannerOutputMapper mapper;

    ExternalScanner(String executable, ScannerOutputMapper mapper) {
        this.executable = executable;
        this.mapper = mapper;
    }

    public String displayName() {
        return this == SCOUT ? "docker scout" : name().toLowerCase(Locale.ROOT);
    }

    public ScannerOutputMapper mapper() {
        return mapper;
    }

    /** The command line, {@code archive} true when {@code target} is a docker-save tar rather than an image name. */
    public List<String> argv(Path program, String target, boolean archive) {
        List<String> argv = new ArrayList<>(List.of(program.toString()));
        switch (this) {
            case TRIVY -> {
                argv.addAll(List.of("image", "--format", "json", "--quiet", "--list-all-pkgs"));
                if (archive) {
                    argv.add("--input");
                }
                argv.add(target);
            }
            case GRYPE -> argv.addAll(List.of("-o", "json", archive ? "docker-archive:" + target : target));
            case SCOUT -> argv.addAll(List.of("scout", "cves", "--format", "sarif",
                    archive ? "archive://" + target : target));
        }
        return argv;
    }

    /** Runs the scanner on PATH and reads its JSON; UNAVAILABLE (exit 4) when it is not installed or fails. */
    public JsonNode run(ProcessRunner runner, ExecutableLocator locator, String target, boolean archive) {
        List<Path> found = locator.findAll(executable);
        if (found.isEmpty()) {
            throw SlimlineException.unavailable(displayName() + " is not installed (no '" + executable
                    + "' on PATH); install it or drop --scanner");
        }
        ProcessSpec spec = ProcessSpec.of(argv(found.get(0), target, archive), TIMEOUT);
        try (ProcessRunner.StreamingProcess process = runner.start(spec); InputStream out = process.stdout()) {
            JsonNode json = JSON.readTree(out);
            if (json == null || json.isMissingNode()) {
                throw SlimlineException.unavailable(displayName() + " printed no JSON for " + target);
            }
            return json;
        } catch (IOException e) {
            throw SlimlineException.unavailable(displayName() + " failed on " + target + ": " + e.getMessage());
        }
    }
}
