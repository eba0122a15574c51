package dev.slimline.project;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.io.InputFiles;
import dev.slimline.io.TerminalText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the Dockerfiles of a project: {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile} and
 * {@code Containerfile}, skipping VCS and dependency directories and files slimline itself wrote. Inside a git
 * work tree the candidates are the files git shows ({@link GitFileList}), so whatever {@code .gitignore} excludes
 * is skipped too; elsewhere the tree is walked. Directory symlinks are not followed, so a link loop cannot trap
 * the walk; symlinked files are read only when they stay inside the tree ({@link TreeLinks}).
 */
public final class DockerfileDiscovery {

    /**
     * Directories that hold dependencies, caches or build output, never a service's own Dockerfile. Not
     * {@code build}: the common Go layout keeps its Dockerfile in {@code build/package/Dockerfile}, and a build
     * output folder is normally git-ignored, which discovery honours.
     */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "node_modules", "vendor", "target",
            "dist", ".next", "__pycache__", ".venv", "venv", ".tox", ".gradle", ".idea", ".terraform");

    /** The suffix of the backup {@code optimize --write} keeps of a file it replaces. */
    public static final String BACKUP_SUFFIX = ".orig";

    /** The infix of every result file slimline keeps beside a Dockerfile ({@code Dockerfile.slimline.json}). */
    public static final String RESULT_INFIX = ".slimline.";

    private DockerfileDiscovery() {
    }

    /** Whether a directory of this name holds dependencies, caches or build output rather than sources. */
    public static boolean isSkippedDirectory(String name) {
        return SKIPPED_DIRECTORIES.contains(name);
    }

    /**
     * Whether slimline wrote this file: a backup ({@code Dockerfile.orig}) or a result kept beside a Dockerfile
     * (any name with {@code .slimline.} in it). Such files are never services.
     */
    public static boolean isSlimlineOutput(String name) {
        return name.endsWith(BACKUP_SUFFIX) || name.contains(RESULT_INFIX);
    }

    /** Whether a file name is one of the Dockerfile names slimline looks for. */
    public static boolean isDockerfileName(String name) {
        if (name.endsWith(".dockerignore") || isSlimlineOutput(name)) {
            return false;
        }
        return name.equals("Dockerfile") || name.equals("Containerfile")
                || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile") || name.endsWith(".dockerfile");
    }

    /**
     * The services under {@code root}, sorted by name. A path to a single file is that one Dockerfile, its
     * service named after its directory.
     *
     * @throws SlimlineException BAD_INPUT when {@code root} does not exist
     */
    public static List<DockerfileService> discover(Path root) {
        if (!Files.exists(root)) {
            throw SlimlineException.badInput(SourceLocation.of(root), "no such file or directory");
        }
        if (!Files.isDirectory(root)) {
            InputFiles.requireRegularFile(root); // a FIFO or device: say so rather than "no Dockerfile found"
        }
        if (Files.isRegularFile(root)) {
            Path file = root.toAbsolutePath().normalize();
            Path dir = file.getParent();
            return List.of(service(dir.getFileName() == null ? "." : dir.getFileName().toString(), root, List.of(root),
                    DockerfileDiscovery::isIgnoreFile));
        }
        Walked walked = walk(root);
        Map<Path, List<Path>> byDirectory = new LinkedHashMap<>();
        for (Path file : walked.dockerfiles()) {
            byDirectory.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
        }
        List<DockerfileService> services = new ArrayList<>();
        byDirectory.forEach((dir, files) -> {
            String base = serviceName(root, dir);
            for (Path file : files) {
                services.add(service(base, file, files, walked.ignoreFiles()::contains));
            }
        });
        services.sort(Comparator.comparing(DockerfileService::name));
        return List.copyOf(services);
    }

    /**
     * What one walk of the tree found: the Dockerfiles, and the ignore files beside them, so that each service's
     * {@code .dockerignore} is known without asking the file system again (a missing file costs an exception
     * inside the JDK per question, two per service).
     */
    private record Walked(List<Path> dockerfiles, Set<Path> ignoreFiles) {
    }

    private static Walked walk(Path root) {
        return GitFileList.under(root).map(files -> fromList(root, files)).orElseGet(() -> walkTree(root));
    }

    /** The Dockerfiles and ignore files among the files git shows, outside skipped directories. */
    private static Walked fromList(Path root, List<Path> relativeFiles) {
        List<Path> found = new ArrayList<>();
        Set<Path> ignoreFiles = new HashSet<>();
        TreeLinks links = new TreeLinks(root);
        for (Path relative : relativeFiles) {
            if (inSkippedDirectory(relative)) {
                continue;
            }
            Path file = root.resolve(relative);
            String name = relative.getFileName().toString();
            boolean dockerfile = isDockerfileName(name);
            boolean wanted = dockerfile || name.endsWith(".dockerignore");
            if (wanted && Files.isSymbolicLink(file) && !links.staysInside(file)) {
                TreeLinks.reportNotFollowed(file); // git tracks links as links: a PR can point one anywhere
                continue;
            }
            if (wanted && Files.isRegularFile(file)) {
                (dockerfile ? found : ignoreFiles).add(file);
            }
        }
        found.sort(Comparator.naturalOrder());
        return new Walked(found, ignoreFiles);
    }

    private static boolean inSkippedDirectory(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_DIRECTORIES.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static Walked walkTree(Path root) {
        List<Path> found = new ArrayList<>();
        Set<Path> ignoreFiles = new HashSet<>();
        TreeLinks links = new TreeLinks(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // attrs describe the link itself; a symlink to a regular file still counts
                    String name = file.getFileName().toString();
                    boolean wanted = isDockerfileName(name) || name.endsWith(".dockerignore");
                    if (wanted && attrs.isSymbolicLink() && !links.staysInside(file)) {
                        TreeLinks.reportNotFollowed(file);
                        return FileVisitResult.CONTINUE;
                    }
                    if (isDockerfileName(name) && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                        found.add(file);
                    } else if (name.endsWith(".dockerignore") && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                        ignoreFiles.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A Dockerfile skipped silently would pass a --fail-on gate unaudited: an unreadable directory
                    // (another user's data volume) is named on stderr, any other error (a path past PATH_MAX) stops.
                    if (e instanceof AccessDeniedException) {
                        System.err.println("slimline: " + TerminalText.escape(file.toString())
                                + ": permission denied; not searched for Dockerfiles");
                        return FileVisitResult.CONTINUE;
                    }
                    throw SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + e.getMessage()
                            + " (the audit would be incomplete)");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.naturalOrder());
        return new Walked(found, ignoreFiles);
    }

    static String serviceName(Path root, Path dir) {
        String relative = root.relativize(dir).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** The name, disambiguated by the file's own part when the directory has more than one Dockerfile. */
    private static DockerfileService service(String base, Path file, List<Path> siblings, Predicate<Path> isIgnoreFile) {
        String fileName = file.getFileName().toString();
        String name = base;
        if (siblings.size() > 1 && !fileName.equals("Dockerfile") && !fileName.equals("Containerfile")) {
            name = base + " (" + variantOf(fileName) + ")";
        }
        Path context = file.getParent() == null ? Path.of(".") : file.getParent();
        return new DockerfileService(name, file, context, dockerignoreFor(file, context, isIgnoreFile));
    }

    static String variantOf(String fileName) {
        if (fileName.startsWith("Dockerfile.")) {
            return fileName.substring("Dockerfile.".length());
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The ignore file BuildKit reads for {@code dockerfile} built in {@code context}, asking the file system. */
    static Optional<Path> dockerignoreFor(Path dockerfile, Path context) {
        return dockerignoreFor(dockerfile, context, DockerfileDiscovery::isIgnoreFile);
    }

    private static Optional<Path> dockerignoreFor(Path dockerfile, Path context, Predicate<Path> isIgnoreFile) {
        Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
        if (isIgnoreFile.test(specific)) {
            return Optional.of(specific);
        }
        Path general = context.resolve(".dockerignore");
        return isIgnoreFile.test(general) ? Optional.of(general) : Optional.empty();
    }

    /** A regular file, or a symlink to one. */
    private static boolean isIgnoreFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file);
    }
}
