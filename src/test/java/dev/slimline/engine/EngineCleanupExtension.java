package dev.slimline.engine;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a label of its own ({@link TestLabel}) and, after the test, removes every container, image,
 * network and volume carrying it, pass or fail. Use with {@code @ExtendWith(EngineCleanupExtension.class)} and a
 * {@code TestLabel} test parameter; put the label on everything the test creates.
 */
public final class EngineCleanupExtension implements ParameterResolver, AfterEachCallback {

    /** The label key every test object carries; the value is unique per test. */
    public static final String LABEL_KEY = "dev.slimline.test";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EngineCleanupExtension.class);

    /** One test's label. */
    public record TestLabel(String value) {

        /** As labels to pass to requests. */
        public Map<String, String> asMap() {
            return Map.of(LABEL_KEY, value);
        }

        /** As a {@code --filter label=} value and {@link DockerEngine#listByLabel} argument. */
        public String filter() {
            return LABEL_KEY + "=" + value;
        }

        /** An image tag unique to this test, e.g. {@code slimline-it/base:1a2b3c4d5e6f}. */
        public String tag(String repository) {
            return "slimline-it/" + repository + ":" + value.substring(value.length() - 12);
        }

        /** A container, network or volume name unique to this test. */
        public String name(String purpose) {
            return "slimline-it-" + purpose + "-" + value.substring(value.length() - 12);
        }

        /** As a Dockerfile instruction or {@code docker import --change}. */
        public String instruction() {
            return "LABEL " + LABEL_KEY + "=" + value;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestLabel.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestLabel.class,
                key -> new TestLabel(context.getRequiredTestMethod().getName() + "-" + UUID.randomUUID()),
                TestLabel.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestLabel label = context.getStore(NAMESPACE).get(TestLabel.class, TestLabel.class);
        if (label != null) {
            new EngineJanitor(TestEngines.real()).removeAll(label.filter());
        }
    }
}
