package dev.slimline.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading a build context's top-level manifests for a stack's detection: which files are present (each one found
 * becomes evidence), their text (bounded, never executed), and a dependency named in them. The stacks (optimize's
 * {@code Stack}) decide what the files mean.
 */
public final class ProjectFactsDetector {

    /** Manifests larger than this are not read for dependency names (a lock file is not a manifest). */
    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private final Path context;
    private final List<String> evidence = new ArrayList<>();
    /** The context's top-level names, listed at the first question; {@code listable} false when that failed. */
    private Set<String> names;
    private boolean listable;

    public ProjectFactsDetector(Path context) {
        this.context = context;
    }

    /** Whether {@code file} is a regular file of the context; if so it is evidence. */
    public boolean present(String file) {
        if (listed(file) && Files.isRegularFile(context.resolve(file))) {
            evidence.add(file);
            return true;
        }
        return false;
    }

    /** Whether any of {@code files} is present (all of them are checked, so each becomes evidence). */
    public boolean anyPresent(String... files) {
        boolean any = false;
        for (String file : files) {
            any |= present(file);
        }
        return any;
    }

    /** The top-level regular files whose names end with {@code suffix} (".csproj"), sorted; each is evidence. */
    public List<String> presentEndingWith(String suffix) {
        List<String> found = names().stream().filter(name -> name.endsWith(suffix))
                .filter(name -> Files.isRegularFile(context.resolve(name))).sorted().toList();
        evidence.addAll(found);
        return found;
    }

    /**
     * Whether a top-level file may exist: a stack asks for a dozen manifests, so the folder is listed once and only
     * names in it are looked at (a path with a folder in it, or a folder that cannot be listed, always may).
     */
    private boolean listed(String file) {
        if (file.indexOf('/') >= 0) {
            return true;
        }
        Set<String> top = names();
        return !listable || top.contains(file);
    }

    /** The context's top-level entry names, read once; empty when it cannot be listed. */
    private Set<String> names() {
        if (names == null) {
            try (var entries = Files.list(context)) {
                names = entries.map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
                listable = true;
            } catch (IOException | java.io.UncheckedIOException e) {
                names = Set.of();
            }
        }
        return names;
    }

    /** The file's text, or empty text when absent, too large or unreadable (no facts, not an error). */
    public String read(String file) {
        Path path = context.resolve(file);
        try {
            return Files.isRegularFile(path) && Files.size(path) <= MAX_MANIFEST_BYTES ? Files.readString(path) : "";
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** A dependency name at the start of a line or quoted, so that "celery-types" does not hide in a comment. */
    public static boolean mentions(String dependencies, String name) {
        return dependencies.lines().map(String::strip)
                .anyMatch(line -> line.startsWith(name) || line.contains("\"" + name) || line.startsWith(name + " ="));
    }

    /** The facts for a detected stack, with the evidence gathered so far. */
    public ProjectFacts facts(Language language, String framework, AppPackageManager manager, boolean typescript) {
        return new ProjectFacts(Optional.of(language), Optional.ofNullable(framework), Optional.of(manager), typescript,
                evidence);
    }

    /** No stack claimed the context: only the evidence (a tsconfig.json, say). */
    public ProjectFacts unknown(boolean typescript) {
        return new ProjectFacts(Optional.empty(), Optional.empty(), Optional.empty(), typescript, evidence);
    }
}
