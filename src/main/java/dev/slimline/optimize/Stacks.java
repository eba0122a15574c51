package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The registry of stacks, in detection order (a package.json wins over a requirements.txt beside it). */
final class Stacks {

    static final List<Stack> ALL = List.of(
            new RubyStack(), // Rails and Laravel apps carry a package.json for their assets: their manifest wins
            new PhpStack(),
            new StaticWebStack(), new NodeStack(), new PythonStack(), new GoStack(), new JavaStack(),
            new RustStack(), new DotnetStack());

    private Stacks() {
    }

    static Stack of(Language language) {
        return ALL.stream().filter(s -> s.language() == language).findFirst().orElseThrow();
    }

    /** The facts of the first stack that recognises the context, else unknown (with any evidence found). */
    static ProjectFacts detect(Path context) {
        ProjectFactsDetector files = new ProjectFactsDetector(context);
        boolean typescript = files.present("tsconfig.json");
        for (Stack stack : ALL) {
            Optional<ProjectFacts> facts = stack.detect(files, typescript);
            if (facts.isPresent()) {
                return facts.get();
            }
        }
        return files.unknown(typescript);
    }

    /** The stack whose apps run on this image's runtime, if any. */
    static Optional<Stack> runningOn(BaseImage image) {
        return ALL.stream().filter(s -> s.runtimeImages().contains(image.runtime())).findFirst();
    }

    /** The stack whose template takes this input: the detected one first, then any whose template matches. */
    static Optional<Stack> forTemplate(TemplateInput input) {
        Optional<Stack> detected = input.facts().language().map(Stacks::of).filter(s -> s.template().matches(input));
        return detected.or(() -> ALL.stream().filter(s -> s.template().matches(input)).findFirst());
    }

    /** "package.json, requirements.txt, ..." for the note when no stack is recognised. */
    static String manifestNames() {
        return String.join(", ", ALL.stream().flatMap(s -> s.manifestNames().stream()).toList());
    }
}
