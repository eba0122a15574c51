package dev.slimline.verify;

import dev.slimline.engine.ContainerDetails;
import dev.slimline.engine.ContainerLogs;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.HealthCheck;
import dev.slimline.engine.OutputTail;
import dev.slimline.SlimlineException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the health probes against a running container, each bounded by the probe timeout, and turns what it saw
 * into checks: the response and its time when healthy, the last responses and the container's log tail when not.
 */
public final class HealthProber {

    /** How a failed HTTP probe's summary starts; the proof reads the routes after it (ProofJudge). */
    public static final String NO_2XX_FROM = "no 2xx from ";
    /** What a failed command probe's summary says between the command and the output it waited for. */
    public static final String DID_NOT_ANSWER = " did not answer ";
    /** How a passed HTTP probe's summary starts: the route that answered 2xx follows. */
    private static final String ANSWERED = "GET ";

    private static final int LOG_TAIL = 25;
    /** Failed runs of a HEALTHCHECK's test on a settled route that end the wait for it. */
    static final int SETTLED_RUNS = 3;
    /** A first request to a server-rendered app on a loaded machine can take many seconds. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration MIN_REQUEST_TIMEOUT = Duration.ofSeconds(1);

    /** What a summary says after the routes when the probe ended on settled answers ({@link SteadyAnswers}). */
    private static final String SETTLED = " (the same answers for ";
    private static final Pattern SETTLED_SUMMARY =
            Pattern.compile("^" + Pattern.quote(NO_2XX_FROM) + "(.+?)" + Pattern.quote(SETTLED) + "\\d+s: (.+)\\)$");
    private static final Pattern FAILED_SUMMARY =
            Pattern.compile("^" + Pattern.quote(NO_2XX_FROM) + "(.+?)(?: within \\d+s|" + Pattern.quote(SETTLED) + ".*)$");
    private static final String TO = " → ";

    private final DockerEngine engine;
    private final Duration timeout;
    private final Duration settle;
    // HTTP/1.1 only: the default HTTP/2 attempt sends "Upgrade: h2c", which Next.js answers by closing the connection
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HealthProber(DockerEngine engine, Duration timeout) {
        this(engine, timeout, SteadyAnswers.SETTLE);
    }

    /** @param settle how long unchanged non-2xx answers must last before an HTTP probe ends on them */
    HealthProber(DockerEngine engine, Duration timeout, Duration settle) {
        this.engine = engine;
        this.timeout = timeout;
        this.settle = settle;
    }

    /** Probes one container the way {@code probe} says. */
    public Check probe(String service, Variant variant, String container, HealthProbe probe) {
        return switch (probe) {
            case HealthProbe.Http httpProbe -> http(service, variant, container, httpProbe);
            case HealthProbe.Command command -> command(service, variant, container, command);
            case HealthProbe.ImageHealthcheck ignored -> healthcheck(service, variant, container, "health", false);
            case HealthProbe.StaysUp ignored -> staysUp(service, variant, container);
        };
    }

    private Check http(String service, Variant variant, String container, HealthProbe.Http probe) {
        Integer hostPort = engine.inspectContainer(container).publishedPorts().get(probe.containerPort() + "/tcp");
        if (hostPort == null) {
            return fail(service, variant, "health", "port " + probe.containerPort() + " is not published",
                    evidence(container, "published ports: " + engine.inspectContainer(container).publishedPorts()));
        }
        Instant deadline = Instant.now().plus(timeout);
        Backoff backoff = new Backoff();
        Map<String, String> lastAnswers = new LinkedHashMap<>();
        SteadyAnswers steady = new SteadyAnswers(settle);
        while (true) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (String path : probe.paths()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + hostPort + path)).timeout(requestTimeout(deadline)).GET()
                            .build(), HttpResponse.BodyHandlers.ofString());
                    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                    if (response.statusCode() / 100 == 2) {
                        return new Check(service, variant, CheckCategory.HEALTH, "health", CheckStatus.PASS,
                                ANSWERED + path + " → " + response.statusCode() + " OK (" + millis + "ms)", "");
                    }
                    lastAnswers.put(path, response.statusCode() + " " + abbreviate(response.body()));
                    statuses.put(path, response.statusCode());
                } catch (IOException e) {
                    lastAnswers.put(path, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw SlimlineException.unavailable("interrupted while probing " + service);
                }
            }
            ContainerDetails details = engine.inspectContainer(container);
            if (!details.running()) {
                return fail(service, variant, "health", "container exited (code " + details.exitCode() + ") before "
                        + "answering HTTP", evidence(container, answers(hostPort, lastAnswers)));
            }
            // the original ends on any settled answers; a candidate only on the very answers its original settled on
            if (steady.record(probe.paths().size(), statuses, Instant.now())
                    && (variant == Variant.ORIGINAL || statuses.equals(probe.originalAnswers()))) {
                return fail(service, variant, "health", NO_2XX_FROM + String.join(", ", probe.paths()) + SETTLED
                        + settle.toSeconds() + "s: " + settled(statuses) + ")",
                        evidence(container, answers(hostPort, lastAnswers)));
            }
            if (Instant.now().isAfter(deadline) || !backoff.pause()) {
                return fail(service, variant, "health", NO_2XX_FROM + String.join(", ", probe.paths()) + " within "
                        + timeout.toSeconds() + "s", evidence(container, answers(hostPort, lastAnswers)));
            }
        }
    }

    /** The route a passed HTTP health check saw answer 2xx, read back from its summary. */
    public static Optional<String> answeredRoute(Check check) {
        if (!check.name().equals("health") || check.failed() || !check.summary().startsWith(ANSWERED)) {
            return Optional.empty();
        }
        String rest = check.summary().substring(ANSWERED.length());
        return Optional.of(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
    }

    /**
     * The statuses a failed HTTP probe ended on because they had settled (route to status), read back from its
     * summary; empty when it ended otherwise.
     */
    public static Map<String, Integer> settledAnswers(Check check) {
        Matcher summary = SETTLED_SUMMARY.matcher(check.name().equals("health") ? check.summary() : "");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        if (summary.matches()) {
            for (String answer : summary.group(2).split(", ")) {
                int arrow = answer.lastIndexOf(TO);
                statuses.put(answer.substring(0, arrow), Integer.parseInt(answer.substring(arrow + TO.length())));
            }
        }
        return statuses;
    }

    /** The routes a failed HTTP probe tried ("no 2xx from A, B ..."), in its order; empty for any other summary. */
    public static List<String> probedRoutes(String summary) {
        Matcher failed = FAILED_SUMMARY.matcher(summary);
        return failed.matches() ? List.of(failed.group(1).split(", ")) : List.of();
    }

    private static String settled(Map<String, Integer> statuses) {
        List<String> answers = new ArrayList<>();
        statuses.forEach((path, status) -> answers.add(path + TO + status));
        return String.join(", ", answers);
    }

    /** A hanging server must not hold the probe past its deadline by a whole {@link #REQUEST_TIMEOUT} per route. */
    private static Duration requestTimeout(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.compareTo(MIN_REQUEST_TIMEOUT) < 0 ? MIN_REQUEST_TIMEOUT
                : left.compareTo(REQUEST_TIMEOUT) > 0 ? REQUEST_TIMEOUT : left;
    }

    private static String answers(int hostPort, Map<String, String> lastAnswers) {
        StringBuilder text = new StringBuilder();
        lastAnswers.forEach((path, answer) -> text.append("GET http://127.0.0.1:").append(hostPort).append(path)
                .append(" → ").append(answer).append('\n'));
        return text.toString().strip();
    }

    private Check command(String service, Variant variant, String container, HealthProbe.Command probe) {
        Instant deadline = Instant.now().plus(timeout);
        String shown = String.join(" ", probe.argv().subList(0, Math.min(probe.argv().size(), 5)));
        Backoff backoff = new Backoff();
        ExecResult last = null;
        while (true) {
            long start = System.nanoTime();
            last = engine.exec(container, probe.argv(), Duration.ofSeconds(60));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (last.succeeded() && last.stdout().contains(probe.expectedOutput())) {
                return new Check(service, variant, CheckCategory.HEALTH, "health", CheckStatus.PASS,
                        shown + " → OK (" + millis + "ms)", "");
            }
            ContainerDetails details = engine.inspectContainer(container);
            if (!details.running()) {
                return fail(service, variant, "health", "container exited (code " + details.exitCode() + ")",
                        evidence(container, execText(probe.argv(), last)));
            }
            if (Instant.now().isAfter(deadline) || !backoff.pause()) {
                return fail(service, variant, "health", shown + DID_NOT_ANSWER + probe.expectedOutput()
                        + " within " + timeout.toSeconds() + "s", evidence(container, execText(probe.argv(), last)));
            }
        }
    }

    /**
     * Waits until the engine reports the image's HEALTHCHECK healthy; on failure runs the test once to show why.
     * When the route the HEALTHCHECK requests has already settled on a non-2xx answer ({@code routeSettled}), its
     * test is run here first: failing {@link #SETTLED_RUNS} times in a row, it fails now instead of after the
     * engine's retries (a minute and a half at the usual 30 s × 3), as the app's answer is not going to change.
     */
    Check healthcheck(String service, Variant variant, String container, String checkName, boolean routeSettled) {
        Instant start = Instant.now();
        if (routeSettled) {
            Optional<Check> failing = failingOnSettledRoute(service, variant, container, checkName);
            if (failing.isPresent()) {
                return failing.get();
            }
        }
        Instant deadline = start.plus(timeout);
        Backoff backoff = new Backoff();
        ContainerDetails details;
        while (true) {
            details = engine.inspectContainer(container);
            if (details.health().equals("healthy")) {
                return new Check(service, variant, CheckCategory.HEALTH, checkName, CheckStatus.PASS,
                        "HEALTHCHECK healthy after " + Progress.elapsed(Duration.between(start, Instant.now())), "");
            }
            if (details.health().equals("unhealthy") || !details.running() || details.health().isEmpty()
                    || Instant.now().isAfter(deadline) || !backoff.pause()) {
                break;
            }
        }
        String state = !details.running() ? "container exited (code " + details.exitCode() + ")"
                : details.health().isEmpty() ? "the image has no HEALTHCHECK"
                : "HEALTHCHECK " + details.health() + " after " + Progress.elapsed(Duration.between(start, Instant.now()));
        String rerun = details.running() ? rerunHealthcheck(container) : "";
        return fail(service, variant, checkName, state, evidence(container, rerun));
    }

    /** The HEALTHCHECK's test run here until it passes once or has failed {@link #SETTLED_RUNS} times in a row. */
    private Optional<Check> failingOnSettledRoute(String service, Variant variant, String container, String checkName) {
        List<String> argv = healthcheckArgv(engine.imageInspect(imageOf(container)).config().healthcheck().orElse(null));
        Backoff backoff = new Backoff();
        for (int run = 1; !argv.isEmpty(); run++) {
            ExecResult result = engine.exec(container, argv, Duration.ofSeconds(30));
            if (result.succeeded()) {
                return Optional.empty();
            }
            if (run == SETTLED_RUNS || !backoff.pause()) {
                return Optional.of(fail(service, variant, checkName, "HEALTHCHECK failed " + run + " runs in a row on"
                        + " a route whose answer had settled", evidence(container, execText(argv, result))));
            }
        }
        return Optional.empty();
    }

    /** Runs the image's HEALTHCHECK test in the container once, so the report shows its own words. */
    private String rerunHealthcheck(String container) {
        List<String> argv = healthcheckArgv(engine.imageInspect(imageOf(container)).config().healthcheck().orElse(null));
        if (argv.isEmpty()) {
            return "";
        }
        return execText(argv, engine.exec(container, argv, Duration.ofSeconds(30)));
    }

    private String imageOf(String container) {
        return engine.inspectContainer(container).labels().getOrDefault(ContainerLabels.IMAGE, container);
    }

    /** {@code [CMD-SHELL, x]} → {@code sh -c x}; {@code [CMD, a, b]} → {@code a b}. */
    static List<String> healthcheckArgv(HealthCheck check) {
        if (check == null || check.test().isEmpty() || check.disabled()) {
            return List.of();
        }
        List<String> test = check.test();
        if (test.get(0).equals("CMD-SHELL")) {
            return List.of("/bin/sh", "-c", String.join(" ", test.subList(1, test.size())));
        }
        return test.get(0).equals("CMD") ? test.subList(1, test.size()) : test;
    }

    private Check staysUp(String service, Variant variant, String container) {
        Duration grace = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        Waits.pause(grace);
        ContainerDetails details = engine.inspectContainer(container);
        if (details.running()) {
            return new Check(service, variant, CheckCategory.HEALTH, "health", CheckStatus.PASS,
                    "running after " + grace.toSeconds() + "s (no port, probe or HEALTHCHECK to ask)", "");
        }
        return fail(service, variant, "health", "container exited (code " + details.exitCode() + ")",
                evidence(container, ""));
    }

    static String execText(List<String> argv, ExecResult result) {
        return "$ " + String.join(" ", argv) + "\nexit " + result.exitCode() + "\n"
                + OutputTail.lastLines((result.stdout() + "\n" + result.stderr()).strip(), 15);
    }

    /** The probe's own evidence followed by the container's last log lines. */
    String evidence(String container, String probeEvidence) {
        List<String> parts = new ArrayList<>();
        if (!probeEvidence.isBlank()) {
            parts.add(probeEvidence.strip());
        }
        try {
            ContainerLogs logs = engine.logs(container, LOG_TAIL);
            String text = (logs.stdout() + "\n" + logs.stderr()).strip();
            parts.add("container log (last " + LOG_TAIL + " lines):\n" + (text.isEmpty() ? "(empty)" : text));
        } catch (SlimlineException e) {
            parts.add("container log unavailable: " + e.getMessage());
        }
        return String.join("\n", parts);
    }

    private static Check fail(String service, Variant variant, String name, String summary, String evidence) {
        return new Check(service, variant, CheckCategory.HEALTH, name, CheckStatus.FAIL, summary, evidence);
    }

    private static String abbreviate(String body) {
        String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
