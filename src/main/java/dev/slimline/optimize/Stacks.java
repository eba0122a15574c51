package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of stacks, in detection order. Registration is data: the JDK service file
 * {@code META-INF/services/dev.slimline.optimize.Stack} lists the classes, its line order is the detection order and
 * its comments say why (a package.json wins over a requirements.txt beside it). Read once, when the optimizer first
 * asks (class initialisation), and checked: one stack per language id.
 */
final class Stacks {

    static final List<Stack> ALL = load();

    private Stacks() {
    }

    private static List<Stack> load() {
        List<Stack> stacks = ServiceLoader.load(Stack.class, Stacks.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        Set<Language> seen = new HashSet<>();
        for (Stack stack : stacks) {
            if (!seen.add(stack.language())) {
                throw new IllegalStateException("two stacks declare the language " + stack.language().id());
            }
        }
        if (stacks.isEmpty()) {
            throw new IllegalStateException("no stack registered (META-INF/services/" + Stack.class.getName() + ")");
        }
        return stacks;
    }

    static Stack of(Language language) {
        return ALL.stream().filter(s -> s.language().equals(language)).findFirst().orElseThrow();
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

    /**
     * The stack whose toolchain image this is (role build in the catalog, its runtime spelled as the stack's language:
     * golang's is go, rust's is rust).
     */
    static Optional<Stack> ofToolchain(BaseImage image) {
        return ALL.stream().filter(s -> s.language().id().equals(image.runtime())).findFirst();
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
