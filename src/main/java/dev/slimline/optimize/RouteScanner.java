package dev.slimline.optimize;

import dev.slimline.project.DockerfileDiscovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a health route the application declares (/health, /healthz, /ping...) by reading its sources. */
final class RouteScanner {

    /** A quoted route, optionally method-prefixed as Go 1.22 ServeMux patterns are ({@code "GET /health"}). */
    private static final Pattern ROUTE = Pattern.compile("[\"'`](?:(?:GET|HEAD) )?(/(?:api/)?(?:healthz?|health-check|ping|status|ready|livez?|up))[\"'`]");
    private static final int MAX_FILES = 300;

    private RouteScanner() {
    }

    static Optional<String> healthRoute(Optional<Path> context) {
        return healthRoute(context, 6);
    }

    /** With a deeper walk, for source trees nested by package (Java's src/main/java/com/example/...). */
    static Optional<String> healthRoute(Optional<Path> context, int maxDepth) {
        if (context.isEmpty() || !Files.isDirectory(context.get())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(context.get(), maxDepth)) {
            return files.filter(RouteScanner::isSource)
                    .filter(p -> context.get().relativize(p).toString().split("[/\\\\]").length > 0
                            && noSkippedParent(context.get().relativize(p)))
                    .limit(MAX_FILES)
                    .sorted()
                    .map(RouteScanner::routeIn)
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isSource(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && !name.contains(".test.") && !name.contains(".spec.")
                && Stacks.ALL.stream().anyMatch(s -> s.sourceSuffixes().stream().anyMatch(name::endsWith) && !s.isTestSource(name));
    }

    private static boolean noSkippedParent(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (DockerfileDiscovery.isSkippedDirectory(name) || name.equals("dist") || name.equals("tests")
                    || name.equals("test") || name.equals("__tests__") || name.equals(".next")) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> routeIn(Path file) {
        try {
            Matcher matcher = ROUTE.matcher(Files.readString(file));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
