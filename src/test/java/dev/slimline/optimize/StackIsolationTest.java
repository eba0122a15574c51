package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.AppPackageManager;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stack is its own files: nothing else in the main sources names it. A stack's files are those of optimize/ whose
 * name starts with the stack's (a {@code FooStack} owns {@code FooTemplate}; helpers with another name may serve one
 * stack as long as they do not name it). Outside them, no code names a stack's class, builds a language or package
 * manager id, and no optimize/ code spells one as a string literal ({@code equals("node")}). Comments may name
 * stacks as examples. The one declared dependency between stacks is {@link #DEPENDS_ON}; a stack's own files may
 * spell the catalog runtimes it runs on.
 */
class StackIsolationTest {

    private static final Path MAIN = Path.of(System.getProperty("user.dir"), "src", "main", "java");
    private static final Path OPTIMIZE = MAIN.resolve("dev/slimline/optimize");
    /** A static site is built with Node's package managers, manifests and ignore entries. */
    private static final Map<String, Set<String>> DEPENDS_ON = Map.of("StaticWeb", Set.of("Node"));
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|(?m)^\\s*//.*$");

    /**
     * @param ids           the language and package manager ids the stack declares
     * @param runtimeImages the catalog runtimes its apps run on: its own files spell them (go's distroless image is
     *                      the catalog's "static", which is also the static web stack's id)
     */
    private record Owner(String prefix, Set<String> ids, Set<String> runtimeImages) {
    }

    @Test
    void noMainSourceOutsideAStackNamesIt() throws IOException, IllegalAccessException {
        List<Owner> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
                String name = file.getFileName().toString();
                boolean inOptimize = file.getParent().equals(OPTIMIZE);
                Set<String> catalogNames = new java.util.HashSet<>();
                owners.stream().filter(o -> inOptimize && owns(o, name)).forEach(o -> catalogNames.addAll(o.runtimeImages()));
                for (Owner owner : owners) {
                    if (inOptimize && owns(owner, name)) {
                        continue;
                    }
                    if (Pattern.compile("\\b" + owner.prefix() + "Stack\\b").matcher(code).find()) {
                        violations.add(name + " names " + owner.prefix() + "Stack");
                    }
                    for (String id : owner.ids()) {
                        if (inOptimize && !catalogNames.contains(id) && code.contains("\"" + id + "\"")) {
                            violations.add(name + " spells \"" + id + "\" (" + owner.prefix() + "'s id)");
                        }
                    }
                }
                if (!(inOptimize && owners.stream().anyMatch(o -> owns(o, name)))
                        && Pattern.compile("new (Language|AppPackageManager)\\(").matcher(code).find()) {
                    violations.add(name + " declares a language or package manager outside a stack");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The check finds what it is for: a shared recipe spelling a stack's id is caught. */
    @Test
    void theCheckCatchesAStackIdInASharedRecipe() throws IOException, IllegalAccessException {
        Owner node = owners().stream().filter(o -> o.prefix().equals("Node")).findFirst().orElseThrow();
        String code = "boolean node = base.runtime().equals(\"node\");";
        assertThat(node.ids().stream().anyMatch(id -> code.contains("\"" + id + "\""))).isTrue();
        assertThat(owns(node, "NonRootUserRecipe.java")).isFalse();
        assertThat(owns(node, "NodeTemplate.java")).isTrue();
    }

    private static boolean owns(Owner owner, String file) {
        return file.startsWith(owner.prefix()) || DEPENDS_ON.getOrDefault(file.replaceFirst("(Stack|Template)?\\.java$", ""),
                Set.of()).contains(owner.prefix());
    }

    /** Each registered stack: its name's prefix and the ids it declares (language, package managers). */
    private static List<Owner> owners() throws IllegalAccessException {
        List<Owner> owners = new ArrayList<>();
        for (Stack stack : Stacks.ALL) {
            Set<String> ids = new java.util.HashSet<>(Set.of(stack.language().id()));
            for (Field field : stack.getClass().getDeclaredFields()) {
                if (field.getType() == AppPackageManager.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    ids.add(((AppPackageManager) field.get(null)).id());
                }
            }
            owners.add(new Owner(stack.getClass().getSimpleName().replaceFirst("Stack$", ""), Set.copyOf(ids),
                    stack.runtimeImages()));
        }
        return owners;
    }
}
