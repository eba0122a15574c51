package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Registration is data: the service file lists the stacks in detection order, every one loads, and each declares its
 * own language and package managers (open values, so nothing else has to).
 */
class StackRegistryTest {

    private static final String SERVICE_FILE = "META-INF/services/" + Stack.class.getName();

    @Test
    void everyStackOfTheServiceFileLoadsOnceInTheFilesOrder() throws IOException {
        assertThat(Stacks.ALL).extracting(stack -> stack.getClass().getName()).containsExactlyElementsOf(listed());
    }

    @Test
    void eachStackDeclaresItsOwnLanguageAndPackageManagersWithUniqueIds() throws IllegalAccessException {
        Set<String> languages = new HashSet<>();
        Set<String> managers = new HashSet<>();
        Set<String> runtimes = new HashSet<>();
        for (Stack stack : Stacks.ALL) {
            String name = stack.getClass().getSimpleName();
            assertThat(declared(stack.getClass(), Language.class)).as(name + " declares its one language")
                    .containsExactly(stack.language());
            assertThat(languages.add(stack.language().id())).as("language id " + stack.language().id() + " once").isTrue();
            for (Object manager : declared(stack.getClass(), AppPackageManager.class)) {
                assertThat(managers.add(((AppPackageManager) manager).id())).as("package manager " + manager + " once")
                        .isTrue();
            }
            for (String runtime : stack.runtimeImages()) {
                assertThat(runtimes.add(runtime)).as("runtime image " + runtime + " claimed by one stack").isTrue();
            }
            assertThat(stack.ignoreEntries()).as(name).isNotEmpty();
            assertThat(stack.manifestNames()).as(name).isNotEmpty();
            assertThat(Stacks.of(stack.language())).isSameAs(stack);
        }
    }

    @Test
    void idsAreOpenValuesEqualByIdAndSpelledAsReportsPrintThem() {
        assertThat(new Language("node")).isEqualTo(NodeStack.LANGUAGE).hasToString("node");
        assertThat(new AppPackageManager("npm")).isEqualTo(NodeStack.NPM);
        assertThat(Stacks.of(new Language("node"))).isInstanceOf(NodeStack.class);
        for (String bad : List.of("Node", "", "node js", "-node")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Language(bad));
        }
    }

    /** The class names of the service file, comments and blank lines left out, in order. */
    static List<String> listed() throws IOException {
        try (InputStream in = Stacks.class.getClassLoader().getResourceAsStream(SERVICE_FILE)) {
            assertThat(in).as(SERVICE_FILE).isNotNull();
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private static List<Object> declared(Class<?> stack, Class<?> type) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field field : stack.getDeclaredFields()) {
            if (field.getType() == type && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                values.add(field.get(null));
            }
        }
        return values;
    }
}
