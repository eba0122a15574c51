package dev.slimline.engine;

import dev.slimline.SlimlineException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Removes everything slimline (or a test) created, found by the label it put on each object. Containers go first
 * because they hold on to images, networks and volumes.
 */
public final class EngineJanitor {

    private static final List<EngineObject> REMOVAL_ORDER =
            List.of(EngineObject.CONTAINER, EngineObject.IMAGE, EngineObject.NETWORK, EngineObject.VOLUME);

    private final DockerEngine engine;

    public EngineJanitor(DockerEngine engine) {
        this.engine = engine;
    }

    /** How many objects of each kind carry the label ({@code key} or {@code key=value}). */
    public Map<EngineObject, Integer> count(String label) {
        Map<EngineObject, Integer> counts = new EnumMap<>(EngineObject.class);
        for (EngineObject kind : REMOVAL_ORDER) {
            counts.put(kind, engine.listByLabel(kind, label).size());
        }
        return counts;
    }

    /** Removes every object carrying the label it can; returns how many of each kind were removed. */
    public Map<EngineObject, Integer> removeAll(String label) {
        Map<EngineObject, Integer> removed = new EnumMap<>(EngineObject.class);
        for (EngineObject kind : REMOVAL_ORDER) {
            int count = 0;
            for (String object : engine.listByLabel(kind, label)) {
                try {
                    switch (kind) {
                        case CONTAINER -> engine.rm(object);
                        case IMAGE -> engine.removeImage(object);
                        case NETWORK -> engine.removeNetwork(object);
                        case VOLUME -> engine.removeVolume(object);
                    }
                    count++;
                } catch (SlimlineException e) {
                    // one object the engine will not remove must not keep the rest behind
                }
            }
            removed.put(kind, count);
        }
        return removed;
    }
}
