package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.StackNeeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java (Maven or Gradle): the build tool image packages the jar with its dependency cache on a BuildKit cache
 * mount. The runtime is, in order of preference:
 * <ul>
 *   <li>a runtime jlink'd in the build stage from the modules jdeps finds in the jar, on the plain OS image the
 *       catalog names for that JDK (when the JDK carries jlink and the jar is not a Spring Boot fat jar, whose
 *       nested jars jdeps cannot see);</li>
 *   <li>a JRE of the same Java version; a Spring Boot jar (2.4+) is extracted into its layers there, so a code
 *       change rebuilds only the last layer.</li>
 * </ul>
 */
final class JavaTemplate implements Template {

    private static final String JAR = "/app/app.jar";
    private static final String JLINK_OUTPUT = "/opt/jre";
    private static final String JAVA_HOME = "/opt/java/openjdk";
    private static final String LAYERS = "/tmp/layers";
    /** Loaded as a service provider (TLS elliptic curves), so jdeps never reports it. */
    private static final String SERVICE_MODULES = "jdk.crypto.ec";

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("pom.xml") || input.has("build.gradle") || input.has("build.gradle.kts");
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        List<String> command = input.contract().commandWords();
        int jar = command.indexOf("-jar");
        if (!command.isEmpty() && !command.get(0).endsWith("java") || jar < 0 || jar + 1 >= command.size()) {
            return new Refused("the command is not 'java ... -jar FILE': the artifact to run is not known");
        }
        Optional<JavaProject> found = JavaProject.of(input);
        if (found.isEmpty()) {
            return new Refused("pom.xml does not parse: the build cannot be read");
        }
        JavaProject project = found.get();
        if (project.springBoot() instanceof SpringBootJar.Undetermined undetermined) {
            return new Refused(undetermined.reason() + ": the layer extraction and launcher class depend on it");
        }
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("Multi-stage build: " + project.toolName() + " and the JDK stay in the build stage"));
        changes.add(new Change(project.toolName() + "'s dependency cache on a BuildKit cache mount: in no layer, reused by rebuilds"));
        Optional<BaseImage> jdk = input.catalog().lookup(input.baseImage()).map(m -> m.image());
        Optional<BaseImage> jlinkBase = jlinkBase(input, jdk, project, changes);
        Optional<BaseImage> runtime = jlinkBase.or(() -> jre(input));
        if (runtime.isEmpty()) {
            return new Refused("no JRE image of the same Java version in the catalog for " + input.baseImage());
        }
        Optional<SpringBootJar.Version> layered = Optional.of(project.springBoot())
                .filter(SpringBootJar.Version.class::isInstance).map(SpringBootJar.Version.class::cast);
        if (layered.isPresent() && !layered.get().layered()) {
            changes.add(new Change("Spring Boot " + layered.get().text() + " writes no layer index (2.4+): the fat jar runs as it is"));
            layered = Optional.empty();
        }

        Plan plan = new Plan(project, jdk, jlinkBase, runtime.get(), layered);
        DockerfileText out = new DockerfileText();
        writeBuildStage(out, input, plan, command.get(jar + 1));
        writeRuntimeStage(out, input, plan, command, changes);
        return new Rewritten(new TemplateResult(out.toString(), changes, List.of()));
    }

    /** What the rewrite settled on: the JDK, the jlink base if any, the runtime image, the Boot layers if any. */
    private record Plan(JavaProject project, Optional<BaseImage> jdk, Optional<BaseImage> jlinkBase, BaseImage runtime,
                        Optional<SpringBootJar.Version> layered) {
    }

    private static void writeBuildStage(DockerfileText out, TemplateInput input, Plan plan, String commandJar) {
        out.stage(input.baseImage() + " AS build");
        out.line("WORKDIR /build");
        out.lines(plan.project().sourceCopies());
        out.line(plan.project().buildRun(input.workdir("/"), commandJar));
        plan.jlinkBase().ifPresent(base -> out.line(jlinkRun(plan.jdk().orElseThrow())));
        plan.layered().ifPresent(boot -> out.line("RUN " + boot.extractCommand(JavaProject.JAR_IN_BUILD, LAYERS) + " && mkdir -p "
                + String.join(" ", SpringBootJar.LAYERS.stream().map(l -> LAYERS + "/" + l).toList())));
    }

    /** The runtime stage: the original's contract, the runtime, the jar or the Boot layers, the user, the probe. */
    private static void writeRuntimeStage(DockerfileText out, TemplateInput input, Plan plan, List<String> command,
                                          List<Change> changes) {
        BaseImage base = plan.runtime();
        int uid = input.options().uid().orElse(1001);
        String user = input.options().user().orElse("app");
        out.stage(TemplateInput.reference(base));
        out.lines(input.contract().labels());
        if (plan.jlinkBase().isPresent()) {
            out.line("ENV JAVA_HOME=" + JAVA_HOME + " PATH=" + JAVA_HOME + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        }
        out.lines(input.contract().env());
        out.line(createUser(base, user, uid));
        plan.jlinkBase().ifPresent(b -> out.line("COPY --from=build " + JLINK_OUTPUT + " " + JAVA_HOME));
        out.line("WORKDIR /app");
        int jar = command.indexOf("-jar");
        List<String> run = new ArrayList<>(command.subList(0, jar));
        run.set(0, "java");
        if (plan.layered().isPresent()) {
            SpringBootJar.Version boot = plan.layered().get();
            SpringBootJar.LAYERS.forEach(l -> out.line("COPY --from=build " + LAYERS + "/" + l + "/ ./"));
            run.add(boot.launcherClass());
            changes.add(new Change("Spring Boot " + boot.text() + " layered jar: " + String.join(", ", SpringBootJar.LAYERS)
                    + " copied as separate layers (a code change rebuilds only the last); started with " + boot.launcherClass()));
        } else {
            out.line("COPY --from=build " + JavaProject.JAR_IN_BUILD + " " + JAR);
            run.add("-jar");
            run.add(JAR);
        }
        run.addAll(command.subList(jar + 2, command.size()));
        out.lines(input.contract().volumes());
        out.lines(input.contract().exposeLines());
        input.contract().stopSignal().ifPresent(out::line);
        out.line("USER " + uid + ":" + uid);
        JavaHealthcheck.Decision health = JavaHealthcheck.decide(input, base, plan.project().frameworkHealthRoute());
        health.line().ifPresent(out::line);
        out.line((input.contract().entrypoint().isPresent() ? "ENTRYPOINT " : "CMD ") + HealthProbe.json(run));
        changes.add(new Change("Non-root user '" + user + "' (uid " + uid + "); the application files stay root-owned, read-only to it"));
        changes.add(health.change());
    }

    /**
     * The plain OS image to put a jlink'd runtime on, when the build image's JDK can make one, the jar's modules can be
     * computed and that image is of the asked family. The reason it is not used goes into {@code changes}.
     */
    private static Optional<BaseImage> jlinkBase(TemplateInput input, Optional<BaseImage> jdk, JavaProject project,
                                                 List<Change> changes) {
        Optional<BaseImage> base = jdk.flatMap(BaseImage::jlinkRuntimeBase)
                .flatMap(reference -> input.catalog().lookup(reference)).map(m -> m.image());
        String reason;
        if (!(project.springBoot() instanceof SpringBootJar.Absent)) {
            reason = "a Spring Boot fat jar nests its dependencies, which jdeps cannot see";
        } else if (base.isEmpty()) {
            reason = input.baseImage() + " is not known to carry jlink and the jmods";
        } else if (!BaseImageChoice.inFamily(base.get(), familyOrSlim(input))) {
            reason = "the runtime it makes needs " + base.get().reference() + ", not of the asked family";
        } else {
            changes.add(new Change("runtime jlink'd from " + input.baseImage() + " with only the modules jdeps finds in the jar"
                    + " (+ " + SERVICE_MODULES + ", a service jdeps cannot see), no debug symbols, man pages or headers,"
                    + " on " + base.get().reference() + " (Java " + jdk.get().runtimeVersion() + " kept)"));
            return base;
        }
        jre(input).ifPresent(jre -> changes.add(new Change("runtime on the JRE " + jre.reference() + " (Java "
                + jre.runtimeVersion() + " kept); no jlink'd runtime: " + reason)));
        return Optional.empty();
    }

    private static Optional<BaseImage> jre(TemplateInput input) {
        return new BaseImageChoice(input.catalog())
                .slimmerSibling(input.baseImage(), familyOrSlim(input), StackNeeds.NONE.withShell("java -jar keeps its options"))
                .map(BaseImageChoice.Choice::to);
    }

    /**
     * jdeps lists the jar's modules for the JDK's release; jlink links only those. Java debug attributes are
     * stripped with the plugin that {@code --strip-debug} runs first: {@code --strip-debug} also strips native symbols
     * with objcopy, which JDK images without binutils (Debian's, Alpine's) lack, and fails there.
     */
    private static String jlinkRun(BaseImage jdk) {
        String release = jdk.runtimeVersion();
        boolean numericCompressDeprecated = release.matches("\\d+") && Integer.parseInt(release) >= 21;
        return "RUN modules=\"$(jdeps --ignore-missing-deps --multi-release " + release + " --print-module-deps "
                + JavaProject.JAR_IN_BUILD + ")," + SERVICE_MODULES + "\" && echo \"jlink modules: $modules\""
                + " && jlink --add-modules \"$modules\" --strip-java-debug-attributes --no-man-pages --no-header-files --compress="
                + (numericCompressDeprecated ? "zip-6" : "2") + " --output " + JLINK_OUTPUT;
    }

    private static String createUser(BaseImage base, String user, int uid) {
        return base.packageManager().equals("apk")
                ? "RUN addgroup -g " + uid + " -S " + user + " && adduser -u " + uid + " -S -G " + user + " -H -s /sbin/nologin " + user
                : "RUN groupadd --gid " + uid + " " + user + " && useradd --uid " + uid + " --gid " + uid
                + " --no-create-home --shell /usr/sbin/nologin " + user;
    }

    /** Distroless Java images have no shell for the probe and no stand-in here: the slim family is used instead. */
    private static BaseImageChoice.Family familyOrSlim(TemplateInput input) {
        return input.options().family() == BaseImageChoice.Family.DISTROLESS ? BaseImageChoice.Family.SLIM : input.options().family();
    }
}
