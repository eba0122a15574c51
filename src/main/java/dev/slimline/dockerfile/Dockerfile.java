package dev.slimline.dockerfile;

import dev.slimline.SlimlineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A parsed Dockerfile, lossless: {@link #segments()} cover the source exactly, so {@link #print()} returns the
 * original text byte for byte, and every node carries its {@link Span}.
 *
 * @param path         where the text came from, or {@code null} for text that has no file
 * @param text         the original text (a leading byte order mark included)
 * @param escape       the escape and line-continuation character: {@code \} or, with {@code # escape=`}, a backtick
 * @param directives   parser directives at the top ({@code syntax}, {@code escape}, {@code check})
 * @param comments     every comment line, also those inside continued instructions, in file order
 * @param instructions every instruction in file order (ONBUILD triggers are inside their {@link Instruction.OnBuild})
 * @param stages       build stages in file order; never empty
 * @param globalArgs   the ARG instructions before the first FROM; their defaults may be used in FROM lines
 * @param segments     the pieces of the source in order, for printing and for editors that splice text
 */
public record Dockerfile(Path path, String text, char escape, List<Directive> directives, List<Comment> comments,
                         List<Instruction> instructions, List<Stage> stages, List<Instruction.Arg> globalArgs,
                         List<Segment> segments) {

    public Dockerfile {
        directives = List.copyOf(directives);
        comments = List.copyOf(comments);
        instructions = List.copyOf(instructions);
        stages = StageList.of(stages);
        globalArgs = List.copyOf(globalArgs);
        segments = List.copyOf(segments);
    }

    /** The Dockerfile printed back from its segments; equal to {@link #text()} for anything the parser returned. */
    public String print() {
        StringBuilder out = new StringBuilder(text.length());
        for (Segment segment : segments) {
            out.append(segment.text());
        }
        return out.toString();
    }

    /** The value of a parser directive such as {@code syntax}, if present. */
    public Optional<String> directive(String name) {
        return directives.stream().filter(d -> d.name().equalsIgnoreCase(name)).map(Directive::value).findFirst();
    }

    /** The last stage: what {@code docker build} produces without {@code --target}. */
    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** The stage called {@code nameOrIndex} (case-insensitive name, or 0-based index as text). */
    public Optional<Stage> stage(String nameOrIndex) {
        String wanted = nameOrIndex.toLowerCase(Locale.ROOT);
        Optional<Stage> named = ((StageList) stages).first(wanted);
        if (named.isPresent()) {
            return named;
        }
        if (!wanted.isEmpty() && wanted.chars().allMatch(Character::isDigit) && wanted.length() < 9) {
            int index = Integer.parseInt(wanted);
            if (index < stages.size()) {
                return Optional.of(stages.get(index));
            }
        }
        return Optional.empty();
    }

    /**
     * The stages that go into the image built for {@code target} (default: the last stage): the target and every
     * stage it depends on, transitively, through {@code FROM <stage>}, {@code COPY --from=<stage>} and
     * {@code RUN --mount=from=<stage>}, in file order. Global ARG defaults are applied to stage references.
     *
     * @throws SlimlineException BAD_INPUT when the target names no stage
     */
    public List<Stage> stagesInImage(Optional<String> target) {
        Stage top = target.map(t -> stage(t).orElseThrow(
                        () -> SlimlineException.badInput("no such build stage: " + t)))
                .orElseGet(this::finalStage);
        TreeSet<Integer> seen = new TreeSet<>();
        List<Stage> pending = new ArrayList<>(List.of(top));
        while (!pending.isEmpty()) {
            Stage stage = pending.remove(pending.size() - 1);
            if (seen.add(stage.index())) {
                pending.addAll(stageDependencies(stage));
            }
        }
        List<Stage> result = new ArrayList<>();
        for (int index : seen) {
            result.add(stages.get(index));
        }
        return result;
    }

    /**
     * The earlier stages this stage uses directly: its FROM base, {@code COPY --from} and
     * {@code RUN --mount=from=} sources that name a stage (not an external image), without duplicates, in order.
     */
    public List<Stage> stageDependencies(Stage stage) {
        Map<String, String> scope = argScope(stage, Map.of());
        LinkedHashMap<Integer, Stage> found = new LinkedHashMap<>();
        stageNamed(expandLenient(stage.from().image(), globalArgDefaults(Map.of())), stage.index(), false)
                .ifPresent(s -> found.put(s.index(), s));
        for (Instruction instruction : stage.instructions()) {
            for (String reference : StageReferences.of(instruction)) {
                stageNamed(expandLenient(reference, scope), stage.index(), true)
                        .ifPresent(s -> found.put(s.index(), s));
            }
        }
        return List.copyOf(found.values());
    }

    /** {@link #resolvedBaseImage(Stage, Map)} with no build arguments given. */
    public String resolvedBaseImage(Stage stage) {
        return resolvedBaseImage(stage, Map.of());
    }

    /**
     * The external image a stage starts from: its FROM image with global ARG defaults (overridden by
     * {@code buildArgs}) expanded, following {@code FROM <earlier stage>} back to the image that stage starts from.
     * An ARG without default and not given expands to the empty string, as in BuildKit.
     */
    public String resolvedBaseImage(Stage stage, Map<String, String> buildArgs) {
        return ((StageList) stages).baseImages(buildArgs, this::baseImages)[stage.index()];
    }

    /** Every stage's base image in one forward pass: a stage FROM an earlier one has that one's base. */
    private String[] baseImages(Map<String, String> buildArgs) {
        Map<String, String> globals = globalArgDefaults(buildArgs);
        String[] bases = new String[stages.size()];
        for (Stage stage : stages) {
            String image = expandLenient(stage.from().image(), globals);
            Optional<Stage> earlier = stageNamed(image, stage.index(), false);
            bases[stage.index()] = earlier.map(e -> bases[e.index()]).orElse(image);
        }
        return bases;
    }

    /** The earlier stage {@code stage} is built FROM (global ARGs in {@code globals} applied), if any. */
    public Optional<Stage> parentStage(Stage stage, Map<String, String> globals) {
        return stageNamed(expandLenient(stage.from().image(), globals), stage.index(), false);
    }

    /** The last stage before {@code beforeIndex} named {@code name} (case-insensitive), if any. */
    public Optional<Stage> stageNamedBefore(String name, int beforeIndex) {
        return stageNamed(name, beforeIndex, false);
    }

    /**
     * The values global ARGs have in FROM lines: each ARG's default (expanded with the ARGs before it), or the
     * given build argument when one is passed for a declared ARG. Undeclared build arguments are ignored.
     */
    public Map<String, String> globalArgDefaults(Map<String, String> buildArgs) {
        Map<String, String> values = new HashMap<>();
        for (Instruction.Arg arg : globalArgs) {
            declare(arg, buildArgs, values);
        }
        return values;
    }

    /** Global ARG values plus the ARGs declared in the stage (a stage sees a global ARG only if it redeclares it). */
    private Map<String, String> argScope(Stage stage, Map<String, String> buildArgs) {
        Map<String, String> globals = globalArgDefaults(buildArgs);
        Map<String, String> scope = new HashMap<>();
        for (Instruction.Arg arg : stage.instructionsOf(Instruction.Arg.class)) {
            for (ArgDeclaration declaration : arg.declarations()) {
                String value = buildArgs.get(declaration.name());
                if (value == null) {
                    value = declaration.defaultValue().map(v -> expandLenient(v, scope))
                            .orElse(globals.get(declaration.name()));
                }
                if (value != null) {
                    scope.put(declaration.name(), value);
                }
            }
        }
        return scope;
    }

    private static void declare(Instruction.Arg arg, Map<String, String> buildArgs, Map<String, String> values) {
        for (ArgDeclaration declaration : arg.declarations()) {
            String given = buildArgs.get(declaration.name());
            if (given != null) {
                values.put(declaration.name(), given);
            } else if (declaration.defaultValue().isPresent()) {
                values.put(declaration.name(), expandLenient(declaration.defaultValue().get(), values));
            } else {
                values.remove(declaration.name());
            }
        }
    }

    /** A stage before {@code beforeIndex} named {@code reference}; by index too when {@code byIndex}. */
    private Optional<Stage> stageNamed(String reference, int beforeIndex, boolean byIndex) {
        String wanted = reference.toLowerCase(Locale.ROOT);
        Optional<Stage> named = ((StageList) stages).lastBefore(wanted, beforeIndex);
        if (named.isPresent()) {
            return named;
        }
        if (byIndex && !wanted.isEmpty() && wanted.length() < 9 && wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int index = Integer.parseInt(wanted);
            if (index < beforeIndex) {
                return Optional.of(stages.get(index));
            }
        }
        return Optional.empty();
    }

    /** Expansion that never fails: on a malformed word the word is used as written. */
    private static String expandLenient(String word, Map<String, String> values) {
        try {
            return VariableExpander.BACKSLASH.expand(word, values);
        } catch (VariableExpander.ExpansionException e) {
            return word;
        }
    }
}
