package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.ProjectFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenRewrite-style before/after checks. Every run also checks, for free, that parse -> print returns both texts
 * byte for byte, that the unified diff of the change applies with git apply and patch, and that a second run over
 * the result changes nothing (idempotence).
 */
final class RewriteTester {

    static final KnowledgeCatalog CATALOG = KnowledgeCatalog.bundled();

    private final Map<String, String> files = new LinkedHashMap<>();
    private OptimizeOptions options = OptimizeOptions.defaults();
    private List<Recipe> recipes = List.of();
    private OptimizationResult last;

    /** The whole optimizer (templates and recipes). */
    static RewriteTester optimizer() {
        return new RewriteTester();
    }

    /** Only the given recipes, applied to a fixpoint. */
    static RewriteTester recipes(Recipe... only) {
        RewriteTester tester = new RewriteTester();
        tester.recipes = List.of(only);
        return tester;
    }

    RewriteTester file(String path, String content) {
        files.put(path, content);
        return this;
    }

    RewriteTester options(OptimizeOptions newOptions) {
        options = newOptions;
        return this;
    }

    OptimizationResult last() {
        return last;
    }

    /** One text: must not change. */
    void rewriteRun(String unchanged) {
        rewriteRun(unchanged, unchanged);
    }

    void rewriteRun(String before, String after) {
        assertRoundTrip(before);
        Path context = context();
        String result = run(before, context);
        dumpWhenAsked(after, result);
        assertThat(result).as("optimized Dockerfile").isEqualTo(after);
        assertRoundTrip(after);
        // The diff optimize prints must apply with git apply and patch, for the Dockerfile and every other file.
        PatchToolsCheck.assertApplies("Dockerfile", before, after);
        if (last != null) {
            last.fileEdits().forEach(edit -> PatchToolsCheck.assertApplies(edit.relativePath(), edit.before(), edit.after()));
            applyFileEdits(context, last.fileEdits());
        }
        OptimizationResult first = last;
        String again = run(after, context);
        assertThat(again).as("second run over the result (idempotence)").isEqualTo(after);
        if (last != null) {
            assertThat(last.fileEdits()).as("second run edits no other file").isEmpty();
        }
        last = first;
    }

    private String run(String text, Path context) {
        Dockerfile parsed = DockerfileParser.parse(text, Path.of("Dockerfile"));
        if (recipes.isEmpty()) {
            last = new Optimizer(CATALOG).optimize(parsed, Optional.of(context), options);
            return last.optimized();
        }
        ProjectFacts facts = Stacks.detect(context);
        return new RecipeApplier(recipes).apply(text, Path.of("Dockerfile"),
                new RecipeContext(Optional.of(context), facts, options, CATALOG)).text();
    }

    /** With -Drewrite.dump=DIR a differing result is written there, to review it when writing a new case. */
    private static void dumpWhenAsked(String expected, String actual) {
        String dir = System.getProperty("rewrite.dump");
        if (dir != null && !expected.equals(actual)) {
            try {
                Path out = Files.createDirectories(Path.of(dir));
                String caller = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getMethodName)
                        .filter(n -> !n.equals("rewriteRun") && !n.equals("dumpWhenAsked")).findFirst().orElse("case"));
                Files.writeString(out.resolve(caller + ".txt"), actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertRoundTrip(String text) {
        assertThat(DockerfileParser.parse(text, Path.of("Dockerfile")).print()).as("parse -> print").isEqualTo(text);
    }

    private Path context() {
        try {
            Path dir = Files.createTempDirectory("slimline-rewrite");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void applyFileEdits(Path context, List<FileEdit> edits) {
        try {
            for (FileEdit edit : edits) {
                Files.writeString(context.resolve(edit.relativePath()), edit.after());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
