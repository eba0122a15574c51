package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.StackNeeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java (Maven or Gradle): the build tool image packages the jar, a JRE of the same Java version runs it. The jar
 * is copied under a fixed name, so the command is {@code java -jar /app/app.jar} with the original's JVM options.
 */
final class JavaTemplate implements Template {

    private static final String JAR = "/app/app.jar";

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
        Optional<BaseImage> jre = new BaseImageChoice(input.catalog())
                .slimmerSibling(input.baseImage(), familyOrSlim(input), StackNeeds.NONE.withShell("java -jar keeps its options"))
                .map(BaseImageChoice.Choice::to);
        if (jre.isEmpty()) {
            return new Refused("no JRE image of the same Java version in the catalog for " + input.baseImage());
        }
        boolean maven = input.has("pom.xml");
        String workdir = "/build";
        DockerfileText out = new DockerfileText();
        out.stage(input.baseImage() + " AS build");
        out.line("WORKDIR " + workdir);
        String pick = "find " + (maven ? "target" : "build/libs") + " -maxdepth 1 -name '*.jar' ! -name 'original-*'"
                + " ! -name '*-plain.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1 | xargs -I{} cp {} /tmp/app.jar";
        if (maven) {
            out.line("COPY pom.xml ./");
            out.line("COPY src ./src");
            out.line("RUN mvn -B -q -DskipTests package && " + pick);
        } else {
            out.line("COPY . .");
            out.line("RUN " + (input.has("gradlew") ? "./gradlew" : "gradle") + " --no-daemon -x test build && " + pick);
        }
        out.stage(TemplateInput.reference(jre.get()));
        out.lines(input.contract().labels());
        out.lines(input.contract().env());
        out.line("RUN groupadd --gid 1001 app && useradd --uid 1001 --gid 1001 --no-create-home --shell /usr/sbin/nologin app");
        out.line("WORKDIR /app");
        out.line("COPY --from=build --chown=1001:1001 /tmp/app.jar " + JAR);
        out.lines(input.contract().volumes());
        out.lines(input.contract().exposeLines());
        input.contract().stopSignal().ifPresent(out::line);
        out.line("USER 1001:1001");
        if (!input.options().noHealthcheck() && input.options().healthCmd().isPresent()) {
            out.line(HealthProbe.userCommand(input.options().healthCmd().get()));
        }
        List<String> run = new ArrayList<>(command.subList(0, jar + 1));
        run.set(0, "java");
        run.add(JAR);
        run.addAll(command.subList(jar + 2, command.size()));
        out.line("ENTRYPOINT " + HealthProbe.json(run));
        List<Change> changes = List.of(
                new Change("Multi-stage build: " + (maven ? "Maven" : "Gradle") + " and the JDK stay in the build stage"),
                new Change("runtime on the JRE " + jre.get().reference() + " (Java " + jre.get().runtimeVersion() + " kept)"),
                new Change("Non-root user 'app' (uid 1001)"),
                new Change("no HEALTHCHECK added: the JRE image has no HTTP client; use --health-cmd or orchestrator probes"));
        return new Rewritten(new TemplateResult(out.toString(), changes, List.of()));
    }

    private static BaseImageChoice.Family familyOrSlim(TemplateInput input) {
        return input.options().family() == BaseImageChoice.Family.DISTROLESS ? BaseImageChoice.Family.SLIM : input.options().family();
    }
}
