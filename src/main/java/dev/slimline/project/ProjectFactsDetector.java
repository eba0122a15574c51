package dev.slimline.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a build context's manifests into {@link ProjectFacts}. Only top-level files; nothing is executed. */
public final class ProjectFactsDetector {

    /** Manifests larger than this are not read for dependency names (a lock file is not a manifest). */
    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private ProjectFactsDetector() {
    }

    public static ProjectFacts detect(Path context) {
        List<String> evidence = new ArrayList<>();
        boolean typescript = present(context, "tsconfig.json", evidence);
        if (present(context, "package.json", evidence)) {
            String manifest = read(context.resolve("package.json"));
            String framework = anyPresent(context, evidence, "next.config.js", "next.config.mjs", "next.config.ts")
                    || manifest.contains("\"next\"") ? "nextjs"
                    : manifest.contains("\"express\"") ? "express" : null;
            String manager = present(context, "pnpm-lock.yaml", evidence) ? "pnpm"
                    : present(context, "yarn.lock", evidence) ? "yarn" : "npm";
            return facts("node", framework, manager, typescript, evidence);
        }
        if (anyPresent(context, evidence, "requirements.txt", "pyproject.toml", "Pipfile", "setup.py")) {
            String dependencies = (read(context.resolve("requirements.txt")) + read(context.resolve("pyproject.toml"))
                    + read(context.resolve("Pipfile"))).toLowerCase(Locale.ROOT);
            String framework = mentions(dependencies, "celery") ? "celery"
                    : mentions(dependencies, "django") ? "django"
                    : mentions(dependencies, "fastapi") ? "fastapi"
                    : mentions(dependencies, "flask") ? "flask" : null;
            String pyproject = read(context.resolve("pyproject.toml"));
            String manager = present(context, "Pipfile", evidence) ? "pipenv"
                    : present(context, "poetry.lock", evidence) || pyproject.contains("[tool.poetry]") ? "poetry"
                    : present(context, "uv.lock", evidence) ? "uv" : "pip";
            return facts("python", framework, manager, false, evidence);
        }
        if (present(context, "go.mod", evidence)) {
            return facts("go", null, "go", false, evidence);
        }
        boolean maven = present(context, "pom.xml", evidence);
        if (maven || anyPresent(context, evidence, "build.gradle", "build.gradle.kts")) {
            String build = read(context.resolve(maven ? "pom.xml" : "build.gradle"))
                    + read(context.resolve("build.gradle.kts"));
            String framework = build.contains("spring-boot") || build.contains("org.springframework.boot")
                    ? "spring-boot" : null;
            return facts("java", framework, maven ? "maven" : "gradle", false, evidence);
        }
        return new ProjectFacts(Optional.empty(), Optional.empty(), Optional.empty(), typescript, evidence);
    }

    private static ProjectFacts facts(String language, String framework, String manager, boolean typescript,
            List<String> evidence) {
        return new ProjectFacts(Optional.of(language), Optional.ofNullable(framework), Optional.of(manager),
                typescript, evidence);
    }

    /** A dependency name at the start of a line or quoted, so that "celery-types" does not hide in a comment. */
    private static boolean mentions(String dependencies, String name) {
        return dependencies.lines().map(String::strip)
                .anyMatch(line -> line.startsWith(name) || line.contains("\"" + name) || line.startsWith(name + " ="));
    }

    private static boolean present(Path context, String file, List<String> evidence) {
        if (Files.isRegularFile(context.resolve(file))) {
            evidence.add(file);
            return true;
        }
        return false;
    }

    private static boolean anyPresent(Path context, List<String> evidence, String... files) {
        boolean any = false;
        for (String file : files) {
            any |= present(context, file, evidence);
        }
        return any;
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_MANIFEST_BYTES ? Files.readString(file) : "";
        } catch (IOException | java.io.UncheckedIOException e) {
            return ""; // an unreadable or non-UTF-8 manifest gives no facts, not an error
        }
    }
}
