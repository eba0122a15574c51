package dev.slimline.proof;

import dev.slimline.SlimlineException;
import dev.slimline.engine.DockerEngine;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.project.DockerfileService;
import dev.slimline.verify.Sidecar;
import dev.slimline.verify.VerifyPlanner;
import dev.slimline.verify.Progress;
import dev.slimline.verify.ServiceRuntime;
import dev.slimline.verify.VerifySettings;
import dev.slimline.verify.WorkDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code optimize} run's proof: the engine (asked once; when none answers, the reason instead, and the output
 * is written unproven with that reason on its first line), a temporary directory for the candidates, and progress
 * lines on standard error while builds run. {@link #close()} removes the directory; each candidate's images and
 * containers are removed as soon as it has been judged.
 */
public final class ProofSession implements AutoCloseable {

    private final DockerEngine engine;
    private final String unavailable;
    private final VerifySettings settings;
    private final Progress progress;
    private final Path workDir;

    private ProofSession(DockerEngine engine, String unavailable, VerifySettings settings, Progress progress) {
        this.engine = engine;
        this.unavailable = unavailable;
        this.settings = settings;
        this.progress = progress;
        this.workDir = engine == null ? null : WorkDirectory.create("slimline-proof-");
    }

    /** Connects to the engine; an engine that does not answer is recorded, not thrown. */
    public static ProofSession start(Supplier<DockerEngine> engine, VerifySettings settings, Progress progress) {
        try {
            return new ProofSession(engine.get(), null, settings, progress);
        } catch (SlimlineException e) {
            if (e.kind() != SlimlineException.Kind.UNAVAILABLE) {
                throw e;
            }
            return new ProofSession(null, "no Docker engine: " + e.getMessage(), settings, progress);
        }
    }

    /** Why nothing can be proven, when no engine answered. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /**
     * Proves a service's candidates, as the ladder offers them, in order.
     *
     * @param sidecars the images the project's compose file runs beside its services (a broker, a database)
     */
    public ProofOutcome prove(DockerfileService service, CandidateLadder ladder, OptimizeOptions options,
            List<Sidecar> sidecars) {
        if (engine == null) {
            throw new IllegalStateException("no engine: " + unavailable);
        }
        return new CandidateProver(engine, settings, progress, workDir)
                .prove(service, VerifyPlanner.runtimeOf(service), sidecars, ladder, options);
    }

    @Override
    public void close() {
        progress.done();
        if (workDir != null) {
            WorkDirectory.delete(workDir);
        }
    }
}
