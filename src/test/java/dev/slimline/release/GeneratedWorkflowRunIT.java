package dev.slimline.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import dev.slimline.gate.GateRunner;
import dev.slimline.io.Sha256;
import dev.slimline.scan.osv.LocalOsvServer;
import dev.slimline.scan.osv.OsvArchives;
import dev.slimline.scan.osv.OsvDownloader;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what {@code slimline ci init} writes, the way the CI would, on the testbed: the GitHub gate job's {@code run:}
 * steps in order as one bash script (steps that {@code uses:} an action are skipped: Java comes from JAVA_HOME as
 * setup-java would give it), and the GitLab job's before_script and script. slimline is installed the generated way
 * from a release host on 127.0.0.1 serving the packaged jar and install-slimline.sh; the same host serves the OSV
 * archives {@code db update} fetches. A lean service within its budget must pass the gate; a tampered installer must
 * stop the job before anything runs.
 */
class GeneratedWorkflowRunIT {

    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final String VERSION = "9.9.9-test";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

    @TempDir
    Path temp;

    private final DockerEngine engine = TestEngines.real();
    private LocalOsvServer host;
    private Path project;
    private String jarSha;

    @BeforeEach
    void releaseHostAndProject() throws Exception {
        host = new LocalOsvServer();
        byte[] jar = Files.readAllBytes(ROOT.resolve("target/slimline.jar"));
        jarSha = Sha256.of(new java.io.ByteArrayInputStream(jar));
        host.serve("/release/slimline-" + VERSION + ".jar", jar);
        host.serve("/release/install-slimline.sh", Files.readAllBytes(ROOT.resolve("scripts/install-slimline.sh")));
        OsvDownloader paths = new OsvDownloader(host.baseUrl(), OsvDownloader.DEFAULT_CONNECT_TIMEOUT,
                OsvDownloader.DEFAULT_RESPONSE_TIMEOUT, Clock.systemUTC());
        for (Ecosystem ecosystem : Ecosystem.values()) {
            // one advisory per ecosystem on a package no image here has: the gate reads a real, non-empty database
            String name = ecosystem == Ecosystem.DEBIAN ? "Debian:12" : ecosystem.osvName();
            Map<String, String> records = Map.of("FIXTURE-1.json",
                    OsvArchives.record("FIXTURE-1", name, "slimline-no-such-package", "0", "1.0-1"));
            host.serve(paths.archiveUrl(ecosystem).getPath(), OsvArchives.zip(records));
        }
        project = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(project.resolve("app"));
        Files.writeString(project.resolve("app/Dockerfile"), """
                FROM debian:bookworm-slim
                RUN useradd --system --uid 10001 --no-create-home app
                USER 10001
                HEALTHCHECK CMD ["true"]
                CMD ["sleep", "30"]
                """);
        Files.writeString(project.resolve(".slimline.yaml"), """
                defaults:
                  vulnerabilities:
                    failOn: high
                services:
                  app:
                    maxSize: 150MB
                """);
    }

    @AfterEach
    void stop() {
        host.close();
        engine.removeImage(GateRunner.tagFor("app"));
    }

    @Test
    void theGithubGateJobInstallsThePinnedJarAndPassesALeanService() throws Exception {
        JsonNode workflow = init("github");
        Path runner = Files.createDirectories(temp.resolve("runner"));
        Map<String, String> env = githubEnvironment(runner);
        List<String> skipped = new ArrayList<>();
        Run run = bash(githubJob(workflow.path("jobs").path("gate"), skipped), env);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("install-slimline.sh: OK");
        Path slimline = runner.resolve("slimline-bin/slimline");
        assertThat(slimline).isExecutable();
        assertThat(Files.readString(runner.resolve("github_env"))).contains("SLIMLINE=" + slimline);
        assertThat(skipped).containsExactly("actions/checkout@v4", "Java 21 for slimline", "Cache the OSV database",
                "Image built by the gate", "Docker Scout (optional)", "Upload SARIF to code scanning",
                "Upload the gate reports");
        assertPassedGate();
        assertThat(Files.readString(runner.resolve("step_summary"))).contains("`app`");
    }

    @Test
    void aTamperedInstallerStopsTheGithubJobBeforeSlimlineRuns() throws Exception {
        host.serve("/release/install-slimline.sh", "#!/bin/sh\necho pwned > /tmp/slimline-pwned\n"
                .getBytes(StandardCharsets.UTF_8));
        JsonNode workflow = init("github");
        Path runner = Files.createDirectories(temp.resolve("runner"));
        Run run = bash(githubJob(workflow.path("jobs").path("gate"), new ArrayList<>()), githubEnvironment(runner));

        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("install-slimline.sh: FAILED").doesNotContain("== Update the OSV database");
        assertThat(runner.resolve("slimline-bin/slimline")).doesNotExist();
        assertThat(project.resolve("slimline-gate.json")).doesNotExist();
    }

    @Test
    void theGitlabJobScriptInstallsThePinnedJarAndPassesALeanService() throws Exception {
        JsonNode pipeline = init("gitlab");
        JsonNode template = pipeline.path(".slimline-gate");
        JsonNode job = pipeline.path("slimline-gate:app");
        assertThat(job.path("extends").asText()).isEqualTo(".slimline-gate");

        Map<String, String> variables = new LinkedHashMap<>();
        pipeline.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(),
                e.getValue().isObject() ? e.getValue().path("value").asText() : e.getValue().asText()));
        template.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText()));
        // the job's docker:dind service is the testbed's engine here, reached through its socket
        assertThat(variables.remove("DOCKER_HOST")).isEqualTo("tcp://docker:2375");
        StringBuilder script = new StringBuilder();
        variables.forEach((name, value) -> script.append("export ").append(name).append("=\"").append(value)
                .append("\"\n"));
        for (JsonNode line : template.path("before_script")) {
            script.append(line.asText()).append('\n');
        }
        for (JsonNode line : job.path("script")) {
            script.append(line.asText()).append('\n');
        }
        Map<String, String> env = baseEnvironment();
        env.put("CI_PROJECT_DIR", project.toString());
        Run run = bash(script.toString(), env);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("/tmp/install-slimline.sh: OK");
        assertThat(project.resolve(".slimline-bin/slimline")).isExecutable();
        assertPassedGate();
    }

    private JsonNode init(String provider) throws Exception {
        Path out = temp.resolve(provider + ".yml");
        Run init = run(List.of(javaCommand(), "-jar", ROOT.resolve("target/slimline.jar").toString(), "ci", "init",
                "--provider", provider, "--out", out.toString(), "--install", "jar", "--slimline-version", VERSION,
                "--sha256", jarSha, "--release-url", host.baseUrl().resolve("/release").toString(), project.toString()),
                baseEnvironment(), 60);
        assertThat(init.exit()).as(init.out()).isZero();
        return YAML.readTree(out.toFile());
    }

    private void assertPassedGate() throws IOException {
        JsonNode gate = new ObjectMapper().readTree(project.resolve("slimline-gate.json").toFile());
        assertThat(gate.path("passed").asBoolean()).as(gate.toString()).isTrue();
        assertThat(gate.path("services")).hasSize(1);
        JsonNode service = gate.path("services").get(0);
        assertThat(service.path("service").asText()).isEqualTo("app");
        List<String> checks = new ArrayList<>();
        service.path("checks").forEach(check -> checks.add(check.path("check").asText()));
        assertThat(checks).contains("maxSize", "vulnerabilities");
        for (String report : List.of("slimline-gate.sarif", "slimline-gate.html", "slimline-gate.junit.xml",
                "slimline-gate.md")) {
            assertThat(project.resolve(report)).isNotEmptyFile();
        }
    }

    /**
     * The job's {@code run:} steps as one script: each in a subshell with the variables earlier steps wrote to
     * GITHUB_ENV and its own {@code env:}, expressions filled in as the runner would. Steps that use an action, or
     * run only with the repository variable SLIMLINE_DOCKER_SCOUT (unset here), are skipped and listed.
     */
    private String githubJob(JsonNode job, List<String> skipped) {
        Map<String, String> jobEnv = new LinkedHashMap<>();
        job.path("env").fields().forEachRemaining(e -> jobEnv.put(e.getKey(), fill(e.getValue().asText(), jobEnv)));
        StringBuilder script = new StringBuilder();
        jobEnv.forEach((name, value) -> script.append("export ").append(name).append('=').append(quote(value))
                .append('\n'));
        for (JsonNode step : job.path("steps")) {
            String name = step.has("name") ? step.path("name").asText() : step.path("uses").asText();
            if (step.has("uses") || step.path("if").asText().contains("vars.SLIMLINE_DOCKER_SCOUT")) {
                skipped.add(name);
                continue;
            }
            script.append("echo ").append(quote("== " + name)).append("\n(\n")
                    .append("while IFS= read -r line; do [ -n \"$line\" ] && export \"$line\"; done < \"$GITHUB_ENV\"\n");
            step.path("env").fields().forEachRemaining(e -> script.append("export ").append(e.getKey()).append('=')
                    .append(quote(fill(e.getValue().asText(), jobEnv))).append('\n'));
            script.append(fill(step.path("run").asText(), jobEnv)).append("\n)\n");
        }
        return script.toString();
    }

    /** Fills {@code ${{ ... }}} as GitHub does before the shell sees the text; an unknown expression fails the test. */
    private String fill(String text, Map<String, String> jobEnv) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = m.group(1);
            String value;
            if (expression.equals("matrix.service")) {
                value = "app";
            } else if (expression.equals("github.workspace")) {
                value = project.toString();
            } else if (expression.startsWith("env.") && jobEnv.containsKey(expression.substring(4))) {
                value = jobEnv.get(expression.substring(4));
            } else {
                throw new AssertionError("the runner emulation has no value for ${{ " + expression + " }}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private Map<String, String> githubEnvironment(Path runner) throws IOException {
        Map<String, String> env = baseEnvironment();
        env.put("RUNNER_TEMP", runner.toString());
        env.put("GITHUB_WORKSPACE", project.toString());
        for (String file : List.of("github_env", "github_output", "step_summary")) {
            Files.writeString(runner.resolve(file), "");
        }
        env.put("GITHUB_ENV", runner.resolve("github_env").toString());
        env.put("GITHUB_OUTPUT", runner.resolve("github_output").toString());
        env.put("GITHUB_STEP_SUMMARY", runner.resolve("step_summary").toString());
        return env;
    }

    /** What every runner has: a HOME, Java (setup-java's JAVA_HOME), the engine's client; the OSV host is local. */
    private Map<String, String> baseEnvironment() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SLIMLINE_DB_UPDATE_URL", host.baseUrl().toString());
        String docker = System.getenv("SLIMLINE_DOCKER");
        if (docker != null) {
            env.put("SLIMLINE_DOCKER", docker);
        }
        return env;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private record Run(int exit, String out) {
    }

    private Run bash(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path file = temp.resolve("job-" + System.nanoTime() + ".sh");
        Files.writeString(file, script);
        return run(List.of("bash", "-e", "-o", "pipefail", file.toString()), env, 600);
    }

    private Run run(List<String> argv, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).directory(project.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path log = temp.resolve("out-" + System.nanoTime() + ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
