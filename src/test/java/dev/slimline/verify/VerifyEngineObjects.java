package dev.slimline.verify;

import dev.slimline.engine.EngineJanitor;
import dev.slimline.engine.EngineObject;
import dev.slimline.engine.TestEngines;
import java.util.Map;
import java.util.UUID;

/**
 * One test run's label ({@code --run-id}) and the engine objects carrying it, so a test counts only what its own
 * verify run made even while other runs use the engine.
 */
final class VerifyEngineObjects {

    private final RunLabel label = new RunLabel("it" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));

    String runId() {
        return label.runId();
    }

    /** The tag this run gives a service's image of one variant. */
    String imageTag(String service, Variant variant) {
        return label.imageTag(service, variant);
    }

    Map<EngineObject, Integer> count() {
        return new EngineJanitor(TestEngines.real()).count(label.filter());
    }

    int total() {
        return count().values().stream().mapToInt(Integer::intValue).sum();
    }

    void removeAll() {
        new EngineJanitor(TestEngines.real()).removeAll(label.filter());
    }

    static Map<EngineObject, Integer> none() {
        Map<EngineObject, Integer> zero = new java.util.EnumMap<>(EngineObject.class);
        for (EngineObject kind : EngineObject.values()) {
            zero.put(kind, 0);
        }
        return zero;
    }
}
