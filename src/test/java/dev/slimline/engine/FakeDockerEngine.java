package dev.slimline.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.image.TestImageArchives;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link DockerEngine} for the orchestration's failure paths, in the manner of Jib's step tests: results are
 * scripted by what is built (the Dockerfile's text), every call is recorded, and the objects a run creates are
 * kept so a test can assert that cleanup removed them. Nothing here claims anything about Docker itself; the
 * {@code *IT} tests do that on the real engine.
 *
 * <p>Builds succeed unless {@link #failBuilds} matches; images get the {@link RuntimeConfig} and size of the first
 * matching {@link #image} rule. {@code compose up} reads the compose file it is given and starts one container
 * per service with its labels ({@code run} starts one); what each container does (running or exited, HEALTHCHECK
 * state, published ports, answers to {@code exec}, its log) comes from the first matching {@link #container} rule,
 * else it stays up.
 * {@link #failCall} makes any one call fail as the engine would (a removal, an inspect), and {@link #blockBuilds}
 * makes a build hang until its thread is interrupted, as a long {@code docker build} does.
 */
public final class FakeDockerEngine implements DockerEngine {

    /** One recorded call: the operation ({@code build}, {@code composeUp}, {@code rm}, ...) and its subject. */
    public record Call(String operation, String subject) {
    }

    /** How a started container behaves. Mutable for scripting; one instance may serve many containers. */
    public static final class ContainerScript {
        boolean running = true;
        int exitCode;
        String health = "";
        String log = "";
        int uid = 1000;
        final Map<Integer, Integer> hostPorts = new LinkedHashMap<>();
        final Map<String, ExecResult> exec = new LinkedHashMap<>();

        /** The container exits at once with this code. */
        public ContainerScript exited(int code) {
            running = false;
            exitCode = code;
            return this;
        }

        /** What {@code docker inspect} says of its HEALTHCHECK: {@code healthy}, {@code starting}, ... */
        public ContainerScript health(String state) {
            health = state;
            return this;
        }

        public ContainerScript log(String text) {
            log = text;
            return this;
        }

        /** The uid its process runs as ({@code /proc/1/status}). */
        public ContainerScript uid(int id) {
            uid = id;
            return this;
        }

        /** Publishes container port {@code containerPort} on 127.0.0.1:{@code hostPort} (a test's HTTP server). */
        public ContainerScript port(int containerPort, int hostPort) {
            hostPorts.put(containerPort, hostPort);
            return this;
        }

        /** The answer to an {@code exec} whose argv, joined by spaces, starts with {@code prefix}. */
        public ContainerScript exec(String prefix, ExecResult result) {
            exec.put(prefix, result);
            return this;
        }
    }

    private record Rule<T>(Predicate<String> dockerfile, T value) {
    }

    private record Image(String tag, String id, String dockerfile, ImageDetails details, Map<String, String> labels) {
    }

    private record Container(String id, String image, String dockerfile, Map<String, String> labels,
            ContainerScript script) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Call> calls = new ArrayList<>();
    private final List<Rule<String>> buildFailures = new ArrayList<>();
    private final List<Rule<ImageDetails>> images = new ArrayList<>();
    private final List<Rule<ContainerScript>> containers = new ArrayList<>();
    private final Set<Call> failingCalls = new java.util.HashSet<>();
    private final CountDownLatch buildBlocked = new CountDownLatch(1);
    private Predicate<String> blockingBuilds = dockerfile -> false;
    // verify builds side by side and reads images on a thread of its own: every access to the images is locked
    private final Map<String, Image> built = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private boolean concurrentBuilds = true;
    private final Map<String, Container> started = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private byte[] archive = TestImageArchives.dockerArchive(List.of(new TestImageArchives.LayerTar()
            .file("app/server.js", "require('http').createServer().listen(3000)\n").bytes()));

    /** A Dockerfile text predicate for the scripting methods. */
    public static Predicate<String> containing(String text) {
        return dockerfile -> dockerfile.contains(text);
    }

    /** Builds of a matching Dockerfile fail with this log tail. */
    public FakeDockerEngine failBuilds(Predicate<String> dockerfile, String logTail) {
        buildFailures.add(new Rule<>(dockerfile, logTail));
        return this;
    }

    /**
     * Builds of a matching Dockerfile hang until their thread is interrupted, then fail the way the real engine's
     * process runner does (the build process killed, {@link IllegalStateException}, the interrupt flag kept).
     */
    public FakeDockerEngine blockBuilds(Predicate<String> dockerfile) {
        blockingBuilds = dockerfile;
        return this;
    }

    /** The engine's builder runs one build at a time, as the legacy builder does ({@link #concurrentBuilds}). */
    public FakeDockerEngine serialBuilds() {
        concurrentBuilds = false;
        return this;
    }

    /** Waits until a build has started hanging ({@link #blockBuilds}); false when none did within {@code wait}. */
    public boolean awaitBlockedBuild(Duration wait) throws InterruptedException {
        return buildBlocked.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * This one call fails with the engine's error, e.g. {@code failCall("rm", "container3")} or
     * {@code failCall("imageInspect", tag)}; it is still recorded, and changes nothing.
     */
    public FakeDockerEngine failCall(String operation, String subject) {
        failingCalls.add(new Call(operation, subject));
        return this;
    }

    /** Images built from a matching Dockerfile have this config and size. */
    public FakeDockerEngine image(Predicate<String> dockerfile, RuntimeConfig config, long sizeBytes) {
        images.add(new Rule<>(dockerfile, new ImageDetails("", List.of(), sizeBytes, List.of("sha256:layer"), config)));
        return this;
    }

    /** Containers of images built from a matching Dockerfile behave as {@code script} says. */
    public FakeDockerEngine container(Predicate<String> dockerfile, ContainerScript script) {
        containers.add(new Rule<>(dockerfile, script));
        return this;
    }

    /** What {@link #save} streams for every image (default: one layer holding a small app). */
    public FakeDockerEngine archive(byte[] dockerArchive) {
        archive = dockerArchive.clone();
        return this;
    }

    /** An image config with just these fields; the rest empty. */
    public static RuntimeConfig config(String user, Set<String> exposedPorts, Optional<HealthCheck> healthcheck,
            List<String> cmd) {
        return new RuntimeConfig(user, healthcheck, List.of("PATH=/usr/local/bin:/usr/bin:/bin"), cmd, List.of(),
                exposedPorts, "/app", Map.of(), "", Set.of());
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one operation, e.g. {@code build}, in order. */
    public synchronized List<String> calls(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).map(Call::subject).toList();
    }

    /** Tags of the images that exist now (built and not removed). */
    public Set<String> imageTags() {
        synchronized (built) {
            return Set.copyOf(built.keySet());
        }
    }

    /** Ids of the containers that exist now. */
    public Set<String> containerIds() {
        return Set.copyOf(started.keySet());
    }

    @Override
    public EngineInfo info() {
        record("info", "");
        return new EngineInfo(Path.of("/fake/docker"), "", "20.10-fake", "overlay2", Builder.BUILDKIT,
                ComposeFlavour.V1_BINARY, "linux", "amd64");
    }

    @Override
    public BuildResult build(BuildRequest request) {
        String dockerfile = read(request.dockerfile() != null ? request.dockerfile()
                : request.contextDir().resolve("Dockerfile"));
        record("build", request.tag());
        if (blockingBuilds.test(dockerfile)) {
            hangUntilInterrupted(request.tag());
        }
        for (Rule<String> failure : buildFailures) {
            if (failure.dockerfile().test(dockerfile)) {
                throw new EngineCommandException(List.of("docker", "build", "-t", request.tag()), 1,
                        "docker build failed:\n" + failure.value());
            }
        }
        ImageDetails template = images.stream().filter(rule -> rule.dockerfile().test(dockerfile))
                .map(Rule::value).findFirst()
                .orElse(new ImageDetails("", List.of(), 100_000_000L, List.of("sha256:layer"),
                        config("", Set.of(), Optional.empty(), List.of("node", "server.js"))));
        String id = "sha256:" + String.format("%064d", ids.incrementAndGet());
        ImageDetails details = new ImageDetails(id, List.of(request.tag()), template.sizeBytes(),
                template.layerDiffIds(), template.config());
        built.put(request.tag(), new Image(request.tag(), id, dockerfile, details, request.labels()));
        return new BuildResult(id, Duration.ofMillis(5), "#1 DONE 0.0s");
    }

    @Override
    public boolean concurrentBuilds() {
        return concurrentBuilds;
    }

    @Override
    public ImageDetails imageInspect(String ref) {
        record("imageInspect", ref);
        return image(ref).details();
    }

    @Override
    public List<HistoryEntry> history(String ref) {
        record("history", ref);
        image(ref);
        return List.of();
    }

    @Override
    public InputStream save(String ref) {
        record("save", ref);
        image(ref);
        return new ByteArrayInputStream(archive);
    }

    @Override
    public String importImage(InputStream rootfsTar, String ref, List<String> changes) {
        throw new UnsupportedOperationException("the fake engine does not import images");
    }

    @Override
    public boolean imageExists(String ref) {
        record("imageExists", ref);
        return built.containsKey(ref);
    }

    @Override
    public boolean removeImage(String ref) {
        record("removeImage", ref);
        return built.values().removeIf(image -> image.tag().equals(ref) || image.id().equals(ref));
    }

    /** Starts a container of a built image, labelled as asked, behaving as its {@link #container} rule says. */
    @Override
    public String run(RunRequest request) {
        record("run", request.image());
        return start(request.image(), new LinkedHashMap<>(request.labels()));
    }

    @Override
    public ExecResult exec(String container, List<String> argv, Duration timeout) {
        String command = String.join(" ", argv);
        record("exec", container + ": " + command);
        Container running = container(container);
        if (!running.script().running) {
            throw new EngineCommandException(List.of("docker", "exec", container), 1, "container is not running");
        }
        for (Map.Entry<String, ExecResult> answer : running.script().exec.entrySet()) {
            if (command.startsWith(answer.getKey())) {
                return answer.getValue();
            }
        }
        if (command.equals("cat /proc/1/status")) {
            int uid = running.script().uid;
            return new ExecResult(0, "Name:\tnode\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n", "");
        }
        if (command.equals("id")) {
            int uid = running.script().uid;
            return new ExecResult(0, "uid=" + uid + "(app) gid=" + uid + "(app)\n", "");
        }
        return new ExecResult(0, "", ""); // the tool lookup finds nothing
    }

    @Override
    public ContainerLogs logs(String container, int tail) {
        record("logs", container);
        return new ContainerLogs(container(container).script().log, "");
    }

    @Override
    public ContainerDetails inspectContainer(String container) {
        record("inspectContainer", container);
        Container found = container(container);
        ContainerScript script = found.script();
        Map<String, Integer> ports = new LinkedHashMap<>();
        script.hostPorts.forEach((inside, host) -> ports.put(inside + "/tcp", host));
        return new ContainerDetails(found.id(), found.id(), script.running ? "running" : "exited", script.running,
                script.exitCode, script.health, "", ports, found.labels(), script.running ? 4242 : 0);
    }

    @Override
    public void stop(String container, Duration grace) {
        record("stop", container);
    }

    @Override
    public void rm(String container) {
        record("rm", container);
        started.remove(container);
    }

    @Override
    public String createNetwork(String name, Map<String, String> labels) {
        record("createNetwork", name);
        return name;
    }

    @Override
    public void removeNetwork(String name) {
        record("removeNetwork", name);
    }

    @Override
    public String createVolume(String name, Map<String, String> labels) {
        record("createVolume", name);
        return name;
    }

    @Override
    public void removeVolume(String name) {
        record("removeVolume", name);
    }

    @Override
    public List<String> listByLabel(EngineObject kind, String label) {
        record("listByLabel", kind + " " + label);
        return switch (kind) {
            case CONTAINER -> started.values().stream().filter(c -> hasLabel(c.labels(), label)).map(Container::id)
                    .toList();
            case IMAGE -> imagesLabelled(label);
            case NETWORK, VOLUME -> List.of();
        };
    }

    /** Starts one container per service of the compose file, labelled as the file says. */
    @Override
    public void composeUp(ComposeRequest request) {
        record("composeUp", request.projectName());
        JsonNode services;
        try {
            services = YAML.readTree(request.files().get(0).toFile()).path("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services.fields().forEachRemaining(entry -> {
            String imageRef = entry.getValue().path("image").asText();
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("com.docker.compose.project", request.projectName());
            entry.getValue().path("labels").fields().forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asText()));
            start(imageRef, labels);
        });
    }

    private String start(String imageRef, Map<String, String> labels) {
        Image image = built.get(imageRef);
        String dockerfile = image == null ? "" : image.dockerfile();
        ContainerScript script = containers.stream().filter(rule -> rule.dockerfile().test(dockerfile))
                .map(Rule::value).findFirst().orElseGet(ContainerScript::new);
        String id = "container" + ids.incrementAndGet();
        started.put(id, new Container(id, imageRef, dockerfile, labels, script));
        return id;
    }

    @Override
    public void composeDown(ComposeRequest request) {
        record("composeDown", request.projectName());
        started.values().removeIf(c -> request.projectName().equals(c.labels().get("com.docker.compose.project")));
    }

    private void hangUntilInterrupted(String tag) {
        buildBlocked.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running docker build of " + tag, e);
        }
    }

    private Image image(String ref) {
        synchronized (built) {
            Image image = built.get(ref);
            if (image == null) {
                image = built.values().stream().filter(i -> i.id().equals(ref)).findFirst()
                        .orElseThrow(() -> new ImageNotFoundException(ref));
            }
            return image;
        }
    }

    private List<String> imagesLabelled(String label) {
        synchronized (built) {
            return built.values().stream().filter(i -> hasLabel(i.labels(), label)).map(Image::tag).toList();
        }
    }

    private Container container(String id) {
        Container container = started.get(id);
        if (container == null) {
            throw new EngineCommandException(List.of("docker", "inspect", id), 1, "No such container: " + id);
        }
        return container;
    }

    private static boolean hasLabel(Map<String, String> labels, String label) {
        int eq = label.indexOf('=');
        return eq < 0 ? labels.containsKey(label) : label.substring(eq + 1).equals(labels.get(label.substring(0, eq)));
    }

    /**
     * Records the call, then fails it when {@link #failCall} scripted so, or when the calling thread is interrupted:
     * the real engine's process runner cannot wait for a docker command then and kills it.
     */
    private synchronized void record(String operation, String subject) {
        Call call = new Call(operation, subject);
        calls.add(call);
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted while running docker " + operation);
        }
        if (failingCalls.contains(call)) {
            throw new EngineCommandException(List.of("docker", operation, subject), 1,
                    "Error response from daemon: " + operation + " " + subject + " failed (scripted)");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
