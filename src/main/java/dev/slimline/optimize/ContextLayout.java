package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Fix;
import dev.slimline.rule.TextEdit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a Dockerfile's folder lies inside its build context ({@code services/api} when compose builds
 * {@code services/api/Dockerfile} with {@code context: .}), and the COPY/ADD sources seen from either: the templates
 * write sources relative to the Dockerfile's folder, the build reads them relative to the context.
 *
 * @param folder the Dockerfile's folder relative to the context, with {@code /} separators; empty when they are the
 *     same directory
 */
public record ContextLayout(String folder) {

    public ContextLayout {
        folder = trimSlashes(folder.replace('\\', '/'));
    }

    /** The layout of {@code dockerfile} built in {@code context}; a folder outside the context counts as the same. */
    public static ContextLayout of(Path context, Path dockerfile) {
        Path root = context.toAbsolutePath().normalize();
        Path dir = dockerfile.toAbsolutePath().normalize().getParent();
        if (dir == null || !dir.startsWith(root)) {
            return new ContextLayout("");
        }
        return new ContextLayout(root.relativize(dir).toString());
    }

    /** True when the context is the Dockerfile's own folder. */
    public boolean isDockerfileFolder() {
        return folder.isEmpty();
    }

    /** A source relative to the Dockerfile's folder, as the context sees it: {@code .} → {@code services/api}. */
    public String toContext(String source) {
        if (folder.isEmpty() || !isContextPath(source)) {
            return source;
        }
        String local = stripDotSlash(source);
        if (local.isEmpty() || local.equals(".")) {
            return source.endsWith("/") ? folder + "/" : folder;
        }
        return folder + "/" + local;
    }

    /**
     * A context source as the Dockerfile's folder sees it ({@code services/api/package.json} → {@code package.json}),
     * or empty when it lies outside the folder, names a variable, or is not a path of the context (URL, heredoc).
     */
    public Optional<String> toFolder(String source) {
        if (folder.isEmpty()) {
            return Optional.of(source);
        }
        if (!isContextPath(source) || source.contains("$")) {
            return Optional.empty();
        }
        String path = stripDotSlash(source);
        if (path.equals(folder) || path.equals(folder + "/")) {
            return Optional.of(path.endsWith("/") ? "./" : ".");
        }
        return path.startsWith(folder + "/") ? Optional.of(path.substring(folder.length() + 1)) : Optional.empty();
    }

    /**
     * The Dockerfile rewritten as if its folder were the context, or empty when it reads anything of the context
     * outside that folder (a shared {@code libs/}, a bind mount, {@code COPY --parents}).
     */
    public Optional<String> localize(Dockerfile dockerfile) {
        if (folder.isEmpty()) {
            return Optional.of(dockerfile.text());
        }
        boolean bindsContext = dockerfile.instructions().stream().filter(i -> i instanceof Instruction.Run)
                .flatMap(i -> i.raw().flags().stream())
                .anyMatch(flag -> flag.name().equals("mount") && flag.valueOrEmpty().contains("type=bind")
                        && !flag.valueOrEmpty().contains("from="));
        if (bindsContext) {
            return Optional.empty();
        }
        for (Instruction.FileTransfer transfer : contextTransfers(dockerfile)) {
            if (transfer.parents() || transfer.sources().stream().anyMatch(s -> toFolder(s).isEmpty())) {
                return Optional.empty();
            }
        }
        return Optional.of(rewrite(dockerfile, s -> toFolder(s).orElseThrow()));
    }

    /** The text with every context source (no {@code --from}) of COPY and ADD seen from the context. */
    public String globalize(String text, Path name) {
        if (folder.isEmpty()) {
            return text;
        }
        return rewrite(DockerfileParser.parse(text, name), this::toContext);
    }

    /** The first COPY/ADD source that lies outside the Dockerfile's folder, for the note that says why. */
    public Optional<String> firstOutsideSource(Dockerfile dockerfile) {
        return contextTransfers(dockerfile).stream().flatMap(t -> t.sources().stream())
                .filter(s -> toFolder(s).isEmpty()).findFirst();
    }

    private static List<Instruction.FileTransfer> contextTransfers(Dockerfile dockerfile) {
        return dockerfile.instructions().stream().filter(i -> i instanceof Instruction.FileTransfer)
                .map(i -> (Instruction.FileTransfer) i).filter(t -> t.from().isEmpty()).toList();
    }

    private static String rewrite(Dockerfile dockerfile, Function<String, String> map) {
        List<TextEdit> edits = new ArrayList<>();
        for (Instruction.FileTransfer transfer : contextTransfers(dockerfile)) {
            List<String> sources = transfer.sources().stream().map(map).toList();
            if (!sources.equals(transfer.sources())) {
                edits.add(new TextEdit(transfer.raw().argumentsSpan(),
                        arguments(sources, transfer.destination(), transfer.raw().arguments())));
            }
        }
        return new Fix("sources relative to the build context", edits).applyTo(dockerfile.text());
    }

    /** Sources and destination in the form the instruction was written in (JSON array or words). */
    private static String arguments(List<String> sources, String destination, String written) {
        List<String> words = new ArrayList<>(sources);
        words.add(destination);
        if (!written.stripLeading().startsWith("[") && words.stream().noneMatch(w -> w.matches(".*\\s.*"))) {
            return String.join(" ", words);
        }
        return words.stream().map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** Not a URL, git address or heredoc: a path the build reads from its context. */
    private static boolean isContextPath(String source) {
        return !source.startsWith("<<") && !source.matches("(?i)^[a-z][a-z0-9+.-]*://.*") && !source.startsWith("git@");
    }

    /** {@code ./a} and {@code /a} both name {@code a} of the context. */
    private static String stripDotSlash(String source) {
        String path = source;
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("./") ? 2 : 1);
        }
        return path;
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("./")) {
            trimmed = trimmed.substring(2);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.equals(".") ? "" : trimmed;
    }
}
