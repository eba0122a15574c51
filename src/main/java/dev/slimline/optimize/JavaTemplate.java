package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Env;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

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
        GeneratedDockerfile out = new GeneratedDockerfile();
        writeBuildStage(out, input, plan, command.get(jar + 1));
        writeRuntimeStage(out, input, plan, command, changes);
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /** What the rewrite settled on: the JDK, the jlink base if any, the runtime image, the Boot layers if any. */
    private record Plan(JavaProject project, Optional<BaseImage> jdk, Optional<BaseImage> jlinkBase, BaseImage runtime,
                        Optional<SpringBootJar.Version> layered) {
    }

    private static void writeBuildStage(GeneratedDockerfile out, TemplateInput input, Plan plan, String commandJar) {
        GeneratedStage build = out.stage(input.baseImage(), "build")
                .add(new Workdir("/build"))
                .addAll(plan.project().sourceCopies())
                .add(plan.project().buildRun(input.workdir("/"), commandJar));
        plan.jlinkBase().ifPresent(base -> build.add(jlinkRun(plan.jdk().orElseThrow())));
        plan.layered().ifPresent(boot -> build.add(Run.of(boot.extractCommand(JavaProject.JAR_IN_BUILD, LAYERS),
                "mkdir -p " + String.join(" ", SpringBootJar.LAYERS.stream().map(l -> LAYERS + "/" + l).toList()))));
    }

    /** The runtime stage: the original's contract, the runtime, the jar or the Boot layers, the user, the probe. */
    private static void writeRuntimeStage(GeneratedDockerfile out, TemplateInput input, Plan plan, List<String> command,
                                          List<Change> changes) {
        BaseImage base = plan.runtime();
        int uid = input.options().uid().orElse(1001);
        String user = input.options().user().orElse("app");
        GeneratedStage run = out.stage(TemplateInput.reference(base))
                .addAll(RuntimeContract.carried(input.contract().labels()));
        if (plan.jlinkBase().isPresent()) {
            run.add(Env.of("JAVA_HOME=" + JAVA_HOME, "PATH=" + JAVA_HOME + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
        }
        run.addAll(RuntimeContract.carried(input.contract().env()))
                .add(NonRootUser.create(base, user, uid, false));
        plan.jlinkBase().ifPresent(b -> run.add(Copy.fromStage("build", JLINK_OUTPUT, JAVA_HOME)));
        run.add(new Workdir("/app"));
        int jar = command.indexOf("-jar");
        List<String> argv = new ArrayList<>(command.subList(0, jar));
        argv.set(0, "java");
        if (plan.layered().isPresent()) {
            SpringBootJar.Version boot = plan.layered().get();
            SpringBootJar.LAYERS.forEach(l -> run.add(Copy.fromStage("build", LAYERS + "/" + l + "/", "./")));
            argv.add(boot.launcherClass());
            changes.add(new Change("Spring Boot " + boot.text() + " layered jar: " + String.join(", ", SpringBootJar.LAYERS)
                    + " copied as separate layers (a code change rebuilds only the last); started with " + boot.launcherClass()));
        } else {
            run.add(Copy.fromStage("build", JavaProject.JAR_IN_BUILD, JAR));
            argv.add("-jar");
            argv.add(JAR);
        }
        argv.addAll(command.subList(jar + 2, command.size()));
        if (!(plan.project().springBoot() instanceof SpringBootJar.Absent)) {
            List<GeneratedInstruction.Copy> config = SpringWorkingDirConfig.copies(input.context());
            run.addAll(config);
            if (!config.isEmpty()) {
                changes.add(new Change("Spring Boot's working-directory config (" + String.join(", ", config.stream()
                        .flatMap(c -> c.sources().stream()).toList()) + ") copied next to the app, where the original read it"));
            }
        }
        HealthcheckWriter.Decision health = JavaHealthcheck.decide(input, base, plan.project().frameworkHealthRoute());
        input.contract().closeRuntimeStage(run, GeneratedInstruction.User.numeric(uid), health.healthcheck(),
                List.of(input.contract().entrypoint().isPresent() ? GeneratedInstruction.Command.entrypoint(argv)
                        : GeneratedInstruction.Command.cmd(argv)));
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
    private static Run jlinkRun(BaseImage jdk) {
        String release = jdk.runtimeVersion();
        boolean numericCompressDeprecated = release.matches("\\d+") && Integer.parseInt(release) >= 21;
        return Run.of("modules=\"$(jdeps --ignore-missing-deps --multi-release " + release + " --print-module-deps "
                        + JavaProject.JAR_IN_BUILD + ")," + SERVICE_MODULES + "\"",
                "echo \"jlink modules: $modules\"",
                "jlink --add-modules \"$modules\" --strip-java-debug-attributes --no-man-pages --no-header-files --compress="
                        + (numericCompressDeprecated ? "zip-6" : "2") + " --output " + JLINK_OUTPUT);
    }

    /** Distroless Java images have no shell for the probe and no stand-in here: the slim family is used instead. */
    private static BaseImageChoice.Family familyOrSlim(TemplateInput input) {
        return input.options().family() == BaseImageChoice.Family.DISTROLESS ? BaseImageChoice.Family.SLIM : input.options().family();
    }
}
