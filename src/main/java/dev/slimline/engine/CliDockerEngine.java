package dev.slimline.engine;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link DockerEngine} on top of the {@code docker} client program, in the manner of Jib's {@code CliDockerClient}.
 * Every operation is one (sometimes two) client command lines run through a {@link ProcessRunner}; the client
 * reads DOCKER_HOST, DOCKER_CONTEXT and its config from the inherited environment, so contexts and remote
 * engines work as they do for the user's own {@code docker} commands.
 */
public final class CliDockerEngine implements DockerEngine {

    private static final int LOG_TAIL_LINES = 40;
    /** Seconds compose down gives a container between SIGTERM and SIGKILL. */
    private static final String STOP_SECONDS = "1";
    private static final Pattern NOT_FOUND =
            Pattern.compile("(?i)no such (image|container|network|volume|object)|not found");
    private static final Pattern NO_DAEMON =
            Pattern.compile("(?i)cannot connect to the docker daemon|is the docker daemon running|error during connect"
                    + "|permission denied while trying to connect");

    private final ProcessRunner runner;
    private final EngineSetup setup;
    private final EngineTimeouts timeouts;

    public CliDockerEngine(ProcessRunner runner, EngineSetup setup, EngineTimeouts timeouts) {
        this.runner = runner;
        this.setup = setup;
        this.timeouts = timeouts;
    }

    /** The client, builder and compose this engine uses. */
    public EngineSetup setup() {
        return setup;
    }

    @Override
    public EngineInfo info() {
        ProcessResult result = attempt(docker("info", "--format", "{{json .}}"), Map.of(), timeouts.query(), null);
        EngineJson.ServerFacts facts;
        try {
            facts = EngineJson.serverFacts(result.stdout());
        } catch (IllegalArgumentException | IllegalStateException e) {
            String reason = result.exitCode() != 0 ? reasonOf(result) : e.getMessage();
            throw EngineUnavailableException.noEngine(setup, reason);
        }
        return new EngineInfo(setup.client(), setup.dockerHost(), facts.version(), facts.storageDriver(),
                setup.builder(), setup.compose(), facts.osType(), facts.architecture());
    }

    @Override
    public BuildResult build(BuildRequest request) {
        List<String> argv = new ArrayList<>(switch (setup.builder()) {
            case BUILDX -> docker("buildx", "build", "--load", "--progress=plain");
            case BUILDKIT -> docker("build", "--progress=plain");
            case LEGACY -> docker("build");
        });
        if (request.dockerfile() != null) {
            argv.addAll(List.of("--file", request.dockerfile().toString()));
        }
        argv.addAll(List.of("--tag", requireName(request.tag())));
        request.buildArgs().forEach((key, value) -> argv.addAll(List.of("--build-arg", key + "=" + value)));
        if (request.target() != null) {
            argv.addAll(List.of("--target", request.target()));
        }
        if (request.network() != null) {
            argv.addAll(List.of("--network", request.network()));
        }
        request.secrets().forEach(secret -> argv.addAll(List.of("--secret", secret)));
        request.ssh().forEach(forward -> argv.addAll(List.of("--ssh", forward)));
        if (request.platform() != null) {
            argv.addAll(List.of("--platform", request.platform()));
        }
        addLabels(argv, request.labels());
        if (request.noCache()) {
            argv.add("--no-cache");
        }
        argv.add(request.contextDir().toString());
        Map<String, String> env = switch (setup.builder()) {
            case BUILDX -> Map.of();
            case BUILDKIT -> Map.of("DOCKER_BUILDKIT", "1");
            case LEGACY -> Map.of("DOCKER_BUILDKIT", "0");
        };
        long start = System.nanoTime();
        ProcessResult result = attempt(argv, env, orDefault(request.timeout(), timeouts.build()), null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // BuildKit logs to stderr, the legacy builder to stdout.
        String log = OutputTail.lastLines(result.stdout() + "\n" + result.stderr(), LOG_TAIL_LINES);
        if (result.exitCode() != 0) {
            throw new EngineCommandException(argv, result.exitCode(), display(argv) + " failed (exit "
                    + result.exitCode() + "): " + OutputTail.lastLines(log, 1));
        }
        String id = call(docker("image", "inspect", "--format", "{{.Id}}", request.tag()), timeouts.query()).strip();
        return new BuildResult(id, took, log);
    }

    @Override
    public boolean concurrentBuilds() {
        return setup.builder() != Builder.LEGACY;
    }

    @Override
    public ImageDetails imageInspect(String ref) {
        return EngineJson.imageDetails(callAboutImage(docker("image", "inspect", requireName(ref)), ref));
    }

    @Override
    public List<HistoryEntry> history(String ref) {
        return EngineJson.history(callAboutImage(
                docker("history", "--no-trunc", "--human=false", "--format", "{{json .}}", requireName(ref)), ref));
    }

    @Override
    public InputStream save(String ref) {
        if (!imageExists(ref)) {
            throw new ImageNotFoundException(ref);
        }
        try {
            return runner.start(ProcessSpec.of(docker("save", ref), timeouts.save())).stdout();
        } catch (UncheckedIOException e) {
            throw cannotRun(e);
        }
    }

    @Override
    public String importImage(InputStream rootfsTar, String ref, List<String> changes) {
        List<String> argv = new ArrayList<>(docker("import"));
        changes.forEach(change -> argv.addAll(List.of("--change", change)));
        argv.addAll(List.of("-", requireName(ref)));
        ProcessResult result = attempt(argv, Map.of(), timeouts.save(), rootfsTar);
        return succeeded(argv, result).stdout().strip();
    }

    @Override
    public boolean imageExists(String ref) {
        List<String> argv = docker("image", "inspect", "--format", "{{.Id}}", requireName(ref));
        return found(argv, attempt(argv, Map.of(), timeouts.query(), null));
    }

    @Override
    public boolean removeImage(String ref) {
        // With --force the client exits 0 for an image that is not there, so ask first.
        if (!imageExists(ref)) {
            return false;
        }
        List<String> argv = docker("image", "rm", "--force", ref);
        return found(argv, attempt(argv, Map.of(), timeouts.query(), null));
    }

    @Override
    public String run(RunRequest request) {
        List<String> create = new ArrayList<>(docker("create"));
        if (request.name() != null) {
            create.addAll(List.of("--name", requireName(request.name())));
        }
        addLabels(create, request.labels());
        request.env().forEach((key, value) -> create.addAll(List.of("--env", key + "=" + value)));
        request.ports().forEach(port -> create.addAll(List.of("--publish", port.publishArgument())));
        if (request.network() != null) {
            create.addAll(List.of("--network", request.network()));
            request.networkAliases().forEach(alias -> create.addAll(List.of("--network-alias", alias)));
        }
        if (request.user() != null) {
            create.addAll(List.of("--user", request.user()));
        }
        create.add(requireName(request.image()));
        create.addAll(request.command());
        String id = call(create, timeouts.run()).strip();
        Duration limit = orDefault(request.timeout(), timeouts.run());
        List<String> start = request.detach() ? docker("start", id) : docker("start", "--attach", id);
        ProcessResult started = attempt(start, Map.of(), limit, null);
        // Attached, a non-zero exit is usually the container's own (callers read it from inspectContainer); only a
        // container still in "created" never started.
        if (started.exitCode() != 0 && (request.detach() || inspectContainer(id).status().equals("created"))) {
            rm(id); // a container that cannot start is of no use and would only be left behind
            throw failure(start, started);
        }
        return id;
    }

    @Override
    public ExecResult exec(String container, List<String> argv, Duration timeout) {
        List<String> command = new ArrayList<>(docker("exec", requireName(container)));
        command.addAll(argv);
        ProcessResult result = attempt(command, Map.of(), orDefault(timeout, timeouts.run()), null);
        return new ExecResult(result.exitCode(), result.stdout(), result.stderr());
    }

    @Override
    public ContainerLogs logs(String container, int tail) {
        List<String> argv = docker("logs", "--tail", tail > 0 ? Integer.toString(tail) : "all", requireName(container));
        ProcessResult result = succeeded(argv, attempt(argv, Map.of(), timeouts.query(), null));
        return new ContainerLogs(result.stdout(), result.stderr());
    }

    @Override
    public ContainerDetails inspectContainer(String container) {
        return EngineJson.containerDetails(call(docker("container", "inspect", requireName(container)), timeouts.query()));
    }

    @Override
    public void stop(String container, Duration grace) {
        call(docker("stop", "--time", Long.toString(grace.toSeconds()), requireName(container)),
                timeouts.run().plus(grace));
    }

    @Override
    public void rm(String container) {
        List<String> argv = docker("rm", "--force", "--volumes", requireName(container));
        found(argv, attempt(argv, Map.of(), timeouts.run(), null));
    }

    @Override
    public String createNetwork(String name, Map<String, String> labels) {
        return create("network", name, labels);
    }

    @Override
    public void removeNetwork(String name) {
        remove("network", name);
    }

    @Override
    public String createVolume(String name, Map<String, String> labels) {
        return create("volume", name, labels);
    }

    @Override
    public void removeVolume(String name) {
        remove("volume", name);
    }

    /** {@code docker network|volume create --label ... NAME}; returns what the client prints (id or name). */
    private String create(String kind, String name, Map<String, String> labels) {
        List<String> argv = new ArrayList<>(docker(kind, "create"));
        addLabels(argv, BuildRequest.sortedCopy(labels));
        argv.add(requireName(name));
        return call(argv, timeouts.query()).strip();
    }

    /** {@code docker network|volume rm NAME}, quietly done when it is already gone. */
    private void remove(String kind, String name) {
        List<String> argv = docker(kind, "rm", requireName(name));
        found(argv, attempt(argv, Map.of(), timeouts.query(), null));
    }

    @Override
    public List<String> listByLabel(EngineObject kind, String label) {
        String filter = "label=" + requireName(label);
        List<String> argv = switch (kind) {
            case CONTAINER -> docker("ps", "--all", "--quiet", "--no-trunc", "--filter", filter);
            case IMAGE -> docker("image", "ls", "--quiet", "--no-trunc", "--filter", filter);
            case NETWORK -> docker("network", "ls", "--quiet", "--no-trunc", "--filter", filter);
            case VOLUME -> docker("volume", "ls", "--quiet", "--filter", filter);
        };
        // An image with two tags is listed twice.
        return call(argv, timeouts.query()).lines().map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .toList();
    }

    @Override
    public void composeUp(ComposeRequest request) {
        compose(request, List.of("up", "--detach"));
    }

    @Override
    public void composeDown(ComposeRequest request) {
        // The containers are thrown away: a process that ignores SIGTERM (a shell or npm as PID 1) would otherwise
        // hold every down for compose's default 10 s before the SIGKILL.
        compose(request, List.of("down", "--volumes", "--remove-orphans", "--timeout", STOP_SECONDS));
    }

    private void compose(ComposeRequest request, List<String> action) {
        List<String> argv = new ArrayList<>(setup.composeCommand());
        request.files().forEach(file -> argv.addAll(List.of("--file", file.toString())));
        argv.addAll(List.of("--project-name", requireName(request.projectName())));
        argv.addAll(action);
        call(argv, orDefault(request.timeout(), timeouts.compose()));
    }

    private List<String> docker(String... args) {
        List<String> argv = new ArrayList<>(args.length + 1);
        argv.add(setup.client().toString());
        argv.addAll(List.of(args));
        return argv;
    }

    private static void addLabels(List<String> argv, Map<String, String> labels) {
        labels.forEach((key, value) -> argv.addAll(List.of("--label", key + "=" + value)));
    }

    /** Runs a command about an image, turning the engine's "no such image" into {@link ImageNotFoundException}. */
    private String callAboutImage(List<String> argv, String ref) {
        ProcessResult result = attempt(argv, Map.of(), timeouts.query(), null);
        if (result.exitCode() != 0 && NOT_FOUND.matcher(result.stderr()).find()) {
            throw new ImageNotFoundException(ref);
        }
        return succeeded(argv, result).stdout();
    }

    /** Exit 0: true; the object does not exist: false; any other failure: thrown. */
    private static boolean found(List<String> argv, ProcessResult result) {
        if (result.exitCode() == 0) {
            return true;
        }
        if (NOT_FOUND.matcher(result.stderr()).find()) {
            return false;
        }
        throw failure(argv, result);
    }

    private String call(List<String> argv, Duration timeout) {
        return succeeded(argv, attempt(argv, Map.of(), timeout, null)).stdout();
    }

    private static ProcessResult succeeded(List<String> argv, ProcessResult result) {
        if (result.exitCode() != 0) {
            throw failure(argv, result);
        }
        return result;
    }

    /** Runs one command; a timeout, a client that will not start or an engine that is not there is thrown. */
    private ProcessResult attempt(List<String> argv, Map<String, String> env, Duration timeout, InputStream stdin) {
        ProcessResult result;
        try {
            result = runner.run(new ProcessSpec(argv, env, timeout, stdin));
        } catch (UncheckedIOException e) {
            throw cannotRun(e);
        }
        if (result.timedOut()) {
            throw new EngineCommandException(argv, -1, display(argv) + " timed out after " + timeout.toSeconds() + "s");
        }
        if (result.exitCode() != 0 && NO_DAEMON.matcher(result.stderr()).find()) {
            throw EngineUnavailableException.noEngine(setup, reasonOf(result));
        }
        return result;
    }

    private EngineUnavailableException cannotRun(UncheckedIOException e) {
        return new EngineUnavailableException("cannot run the docker client " + setup.client() + " ("
                + e.getCause().getMessage() + "); choose one with --docker PATH or SLIMLINE_DOCKER");
    }

    private static EngineCommandException failure(List<String> argv, ProcessResult result) {
        return new EngineCommandException(argv, result.exitCode(),
                display(argv) + " failed (exit " + result.exitCode() + "): " + reasonOf(result));
    }

    /**
     * The engine's own words: the daemon's error when there is one (the client may add a summary line after it,
     * such as "failed to start containers: ID"), else the client's last line on stderr.
     */
    static String reasonOf(ProcessResult result) {
        return result.stderr().lines().filter(line -> line.startsWith("Error response from daemon:")).findFirst()
                .orElseGet(() -> {
                    String last = OutputTail.lastLines(result.stderr(), 1);
                    return last.isEmpty() ? "no error message" : last;
                });
    }

    /** The command as a user would type it ({@code docker image inspect x}), shortened for one-line messages. */
    static String display(List<String> argv) {
        List<String> words = new ArrayList<>(argv);
        words.set(0, Path.of(argv.get(0)).getFileName().toString());
        String text = "`" + String.join(" ", words) + "`";
        return text.length() <= 160 ? text : text.substring(0, 156) + "...`";
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.startsWith("-")) {
            throw new IllegalArgumentException("not a valid engine object name: '" + name + "'");
        }
        return name;
    }

    private static Duration orDefault(Duration requested, Duration fallback) {
        return requested != null ? requested : fallback;
    }
}
