package dev.slimline.rule;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rules know beyond the Dockerfile: the stage being built, the build arguments, which stages are built and
 * which end up in the image, the options, and a per-Dockerfile cache of RUN script analyses so that a script is
 * split once however many rules read it. One context per Dockerfile per lint; not thread-safe.
 *
 * <p>Two sets of stages matter and differ in multi-stage builds: {@link #builtStages()} are all stages the
 * build runs (the target and what it depends on, {@code COPY --from} included); {@link #shippedStages()} are
 * the ones whose filesystem layers make up the final image: the target and the stages it is {@code FROM},
 * transitively. A compiler installed in a builder stage whose output is copied out is not in the image; rules
 * about image contents (caches, build tools, users) look only at shipped stages.
 */
public final class RuleContext {

    private final Dockerfile dockerfile;
    private final LintOptions options;
    private final Stage target;
    private final List<Stage> builtStages;
    private final List<Stage> shippedStages;
    private final java.util.Set<Integer> shippedIndices;
    /** Global ARG values for FROM lines, computed on first use. */
    private Map<String, String> globals;
    private final Map<Instruction.Run, ShellAnalysis> shellCache;
    private final Map<Object, Object> memo = new java.util.HashMap<>();

    public RuleContext(Dockerfile dockerfile, LintOptions options) {
        this(dockerfile, options, new IdentityHashMap<>());
    }

    /** A context that reads and fills {@code shellCache} (RUN to analysis, by identity) for its caller to reuse. */
    public RuleContext(Dockerfile dockerfile, LintOptions options, Map<Instruction.Run, ShellAnalysis> shellCache) {
        this.shellCache = shellCache;
        this.dockerfile = dockerfile;
        this.options = options;
        this.builtStages = stagesInImage(dockerfile, options.target());
        this.target = options.target().flatMap(dockerfile::stage).orElseGet(dockerfile::finalStage);
        this.shippedStages = fromChain(dockerfile, target, options.buildArgs());
        this.shippedIndices = shippedStages.stream().map(Stage::index).collect(java.util.stream.Collectors.toSet());
    }

    /** The stages built for the target; an unknown target names the Dockerfile in the error. */
    private static List<Stage> stagesInImage(Dockerfile dockerfile, Optional<String> target) {
        try {
            return dockerfile.stagesInImage(target);
        } catch (SlimlineException e) {
            if (e.location().isPresent() || dockerfile.path() == null) {
                throw e;
            }
            throw SlimlineException.badInput(SourceLocation.of(dockerfile.path()), e.getMessage());
        }
    }

    private static List<Stage> fromChain(Dockerfile dockerfile, Stage top, Map<String, String> buildArgs) {
        Map<String, String> globals = dockerfile.globalArgDefaults(buildArgs);
        List<Stage> chain = new ArrayList<>();
        Optional<Stage> current = Optional.of(top);
        while (current.isPresent()) {
            Stage stage = current.get();
            chain.add(stage);
            current = dockerfile.parentStage(stage, globals);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }


    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public LintOptions options() {
        return options;
    }

    public Map<String, String> buildArgs() {
        return options.buildArgs();
    }

    public BaseImageKnowledge knowledge() {
        return options.knowledge();
    }

    /** The stage being built: {@code --target}, or the last stage. */
    public Stage targetStage() {
        return target;
    }

    /** Stages the build runs, in file order. */
    public List<Stage> builtStages() {
        return builtStages;
    }

    /** Stages whose layers are in the final image (the target and its FROM ancestors), in file order. */
    public List<Stage> shippedStages() {
        return shippedStages;
    }

    public boolean isShipped(Stage stage) {
        return shippedIndices.contains(stage.index()); // by index: comparing stage records is deep and slow
    }

    /** The external image a stage starts from, with build arguments and global ARG defaults applied. */
    public String resolvedBaseImage(Stage stage) {
        return dockerfile.resolvedBaseImage(stage, options.buildArgs());
    }

    /** The earlier stage {@code stage} is built FROM (ARGs resolved), or empty when it starts from an image. */
    public Optional<Stage> parentStage(Stage stage) {
        if (globals == null) {
            globals = dockerfile.globalArgDefaults(options.buildArgs());
        }
        return dockerfile.parentStage(stage, globals);
    }

    /** The analysis of a RUN's script, computed once per lint. */
    public ShellAnalysis shell(Instruction.Run run) {
        return shellCache.computeIfAbsent(run, ShellAnalysis::of);
    }

    /**
     * A value computed once per lint and shared by rules (e.g. the RUNs of the shipped stages with their analyses).
     * {@code key} identifies the computation; use a constant owned by the computing code.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /** The stage an instruction belongs to, if any (global ARGs belong to none). */
    public Optional<Stage> stageOf(Instruction instruction) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.from() == instruction || stage.instructions().contains(instruction)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
