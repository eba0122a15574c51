package dev.slimline.verify;

import dev.slimline.engine.EngineJanitor;
import dev.slimline.engine.EngineObject;
import dev.slimline.engine.TestEngines;
import java.util.Map;

/** Counts (and, for tests that keep them, removes) the engine objects carrying verify's label, of any run. */
final class VerifyEngineObjects {

    private VerifyEngineObjects() {
    }

    static Map<EngineObject, Integer> count() {
        return new EngineJanitor(TestEngines.real()).count(RunLabel.KEY);
    }

    static int total() {
        return count().values().stream().mapToInt(Integer::intValue).sum();
    }

    static void removeAll() {
        new EngineJanitor(TestEngines.real()).removeAll(RunLabel.KEY);
    }
}
