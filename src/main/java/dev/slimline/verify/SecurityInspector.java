package dev.slimline.verify;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.RuntimeConfig;
import dev.slimline.image.ImageAnalyzer;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ImageKnowledge;
import dev.slimline.image.ImageReport;
import dev.slimline.image.ReadLimits;
import dev.slimline.SlimlineException;
import dev.slimline.knowledge.BuildOnlyPackages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security checks of an optimized image: the user its process really runs as (asked inside the running
 * container), no compilers on PATH, in the package database or in the file tree, no package-manager caches, and a
 * HEALTHCHECK. The file tree comes from the image reader over {@code docker save}, so images without a shell are
 * checked too.
 */
public final class SecurityInspector {

    /** The compilers and build drivers that have no place in a production image. */
    static final List<String> COMPILERS = BuildOnlyPackages.bundled().executables();

    private static final Pattern ID_OUTPUT = Pattern.compile("uid=(\\d+)(?:\\(([^)]*)\\))?");
    private static final Pattern STATUS_UID = Pattern.compile("(?m)^Uid:\\s+(\\d+)\\s+(\\d+)");
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(30);

    /** What the PATH and package database lookup runs: one line per tool found, then matching dpkg packages. */
    static final String TOOL_LOOKUP = "for t in " + String.join(" ", COMPILERS) + "; do command -v \"$t\"; done;"
            + " if command -v dpkg-query >/dev/null 2>&1; then dpkg-query -W -f '${Package} ${Status}\\n' 2>/dev/null"
            + " | grep ' installed$' | cut -d' ' -f1 | grep -E '^(gcc|g\\+\\+|cpp|clang|make|build-essential)(-[0-9.]+)?$';"
            + " fi; true";

    private final DockerEngine engine;
    private final ImageKnowledge knowledge = ImageKnowledge.load();

    public SecurityInspector(DockerEngine engine) {
        this.engine = engine;
    }

    /** Checks of the image alone, read from its saved file tree. */
    public ImageReport readImage(String tag) {
        ImageArchiveReader reader = new ImageArchiveReader(ReadLimits.defaults(), false);
        try (InputStream save = engine.save(tag)) {
            ImageArchive archive = reader.read(save, tag);
            return new ImageAnalyzer(knowledge, 5).analyze(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + tag, e);
        }
    }

    /** All security checks of one optimized service. */
    public List<Check> inspect(String service, String container, RuntimeConfig config, ImageReport image) {
        List<Check> checks = new ArrayList<>();
        checks.add(user(service, container, image));
        checks.add(buildTools(service, container, image));
        checks.add(caches(service, image));
        checks.add(healthcheckPresent(service, config));
        return checks;
    }

    /** The uid of PID 1 from /proc/1/status, named by {@code id}; without a shell, the image's USER resolved. */
    Check user(String service, String container, ImageReport image) {
        String evidence;
        ExecResult status = tryExec(container, List.of("cat", "/proc/1/status"));
        ExecResult id = tryExec(container, List.of("id"));
        Integer uid = null;
        String name = null;
        if (status != null && status.succeeded()) {
            Matcher matcher = STATUS_UID.matcher(status.stdout());
            if (matcher.find()) {
                uid = Integer.parseInt(matcher.group(2)); // effective uid
            }
        }
        if (id != null && id.succeeded()) {
            Matcher matcher = ID_OUTPUT.matcher(id.stdout());
            if (matcher.find()) {
                uid = uid != null ? uid : Integer.valueOf(matcher.group(1));
                name = matcher.group(1).equals(String.valueOf(uid)) ? matcher.group(2) : null;
            }
        }
        String source = "/proc/1/status";
        if (uid == null) {
            uid = image.user().uid();
            name = image.user().name();
            source = "the image's USER and /etc/passwd (no shell tools in the container)";
        }
        evidence = (status == null ? "" : HealthProber.execText(List.of("cat", "/proc/1/status"), status)
                .lines().filter(line -> line.startsWith("Uid") || line.startsWith("exit") || line.startsWith("$"))
                .reduce((a, b) -> a + "\n" + b).orElse("")) + (id == null ? "" : "\n" + HealthProber.execText(List.of("id"), id));
        if (uid == null) {
            return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "user", CheckStatus.FAIL,
                    "cannot tell which user the process runs as", evidence.strip());
        }
        String who = "uid=" + uid + (name == null || name.isEmpty() ? "" : " (" + name + ")");
        if (uid == 0) {
            return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "user", CheckStatus.FAIL,
                    "running as root: " + who, evidence.strip());
        }
        return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "user", CheckStatus.PASS,
                "running as " + who, source.equals("/proc/1/status") ? "" : "from " + source);
    }

    /** Compilers on PATH or installed as packages (asked in the container), or in the file tree (image reader). */
    Check buildTools(String service, String container, ImageReport image) {
        List<String> found = new ArrayList<>();
        ExecResult lookup = tryExec(container, List.of("/bin/sh", "-c", TOOL_LOOKUP));
        if (lookup != null && lookup.succeeded()) {
            lookup.stdout().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> found.add(line.startsWith("/") ? "on PATH: " + line : "package: " + line));
        }
        image.buildTools().stream().filter(match -> COMPILERS.contains(match.name()) || match.name().equals("build-essential"))
                .forEach(match -> found.add("in image: " + String.join(", ", match.locations())));
        if (!found.isEmpty()) {
            return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "build-tools", CheckStatus.FAIL,
                    "build tools found", String.join("\n", found));
        }
        String how = lookup != null && lookup.succeeded() ? "PATH, dpkg and file tree" : "file tree (no shell)";
        return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "build-tools", CheckStatus.PASS,
                "no " + String.join("/", COMPILERS) + " found (" + how + ")", "");
    }

    Check caches(String service, ImageReport image) {
        if (image.packageCaches().isEmpty()) {
            return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "caches", CheckStatus.PASS,
                    "no package-manager caches", "");
        }
        List<String> found = image.packageCaches().stream().map(match -> match.name() + ": "
                + String.join(", ", match.locations()) + " (" + match.files() + " files, " + match.bytes() + " bytes)")
                .toList();
        return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "caches", CheckStatus.FAIL,
                "package-manager caches found", String.join("\n", found));
    }

    static Check healthcheckPresent(String service, RuntimeConfig config) {
        boolean present = config.healthcheck().filter(check -> !check.disabled()).isPresent();
        return new Check(service, Variant.OPTIMIZED, CheckCategory.SECURITY, "healthcheck-present",
                present ? CheckStatus.PASS : CheckStatus.FAIL,
                present ? "HEALTHCHECK present (" + abbreviate(String.join(" ", config.healthcheck().get().test()), 50) + ")"
                        : "no HEALTHCHECK", "");
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** An exec, or null when the container cannot run it (no such program, container gone). */
    private ExecResult tryExec(String container, List<String> argv) {
        try {
            ExecResult result = engine.exec(container, argv, EXEC_TIMEOUT);
            return result.exitCode() == 126 || result.exitCode() == 127 ? null : result;
        } catch (SlimlineException e) {
            return null;
        }
    }
}
