package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Span;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Fix;
import dev.slimline.rule.TextEdit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stage a build definition builds ({@code target: production}) must still be there, and still be what is built,
 * in what optimize writes: the recipes and templates work on the last stage, so a target that names an earlier one
 * leaves the file unchanged, and a rewrite keeps the name of the original's last stage.
 */
final class TargetStage {

    private TargetStage() {
    }

    /**
     * Why the Dockerfile cannot be optimized for {@code target}, if so: it names no stage, or a stage other than the
     * last (whose image the optimizer does not shape).
     *
     * @param target the build target, or null for the last stage
     */
    static Optional<String> refusal(Dockerfile dockerfile, String target) {
        if (target == null || target.isBlank()) {
            return Optional.empty();
        }
        Optional<Stage> stage = dockerfile.stages().stream().filter(s -> s.name()
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(target.toLowerCase(Locale.ROOT))).isPresent())
                .findFirst();
        if (stage.isEmpty()) {
            return Optional.of("the build target '" + target + "' names no stage of the Dockerfile: left unchanged");
        }
        if (stage.get().index() != dockerfile.finalStage().index()) {
            return Optional.of("the build target '" + target + "' is not the last stage, and optimize shapes the last"
                    + " stage only: left unchanged");
        }
        return Optional.empty();
    }

    /**
     * The optimized text whose last stage carries the name the original's last stage had ({@code AS production}),
     * so a build definition's target still names it; unchanged when the original's last stage has no name.
     */
    static String keepFinalName(Dockerfile original, String optimized, Path name) {
        Optional<String> wanted = original.finalStage().name();
        if (wanted.isEmpty()) {
            return optimized;
        }
        Dockerfile parsed = DockerfileParser.parse(optimized, name);
        Stage last = parsed.finalStage();
        if (last.name().filter(n -> n.equalsIgnoreCase(wanted.get())).isPresent()
                || parsed.stages().stream().anyMatch(s -> s != last && s.name()
                        .filter(n -> n.equalsIgnoreCase(wanted.get())).isPresent())) {
            return optimized; // already so, or the name is taken by an earlier stage the rewrite references
        }
        Instruction.From from = last.from();
        Span image = from.imageSpan();
        Span rest = new Span(image.endLine(), Math.max(1, image.endColumn()), from.span().endLine(),
                from.span().endColumn(), image.endOffset(), from.span().endOffset());
        String keyword = from.raw().keywordAsWritten().equals("from") ? "as" : "AS";
        return new Fix("keep the target stage's name", List.of(new TextEdit(rest, " " + keyword + " " + wanted.get())))
                .applyTo(optimized);
    }
}
