package dev.slimline.dockerfile;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The stages of a {@link Dockerfile} (immutable), indexed by name so that finding the stage a {@code FROM} names
 * costs O(log n), not a scan: 20,000 chained stages ({@code FROM s1 AS s2}) stay linear. It also keeps the
 * resolved base image of every stage per set of build arguments, computed in one forward pass when first asked.
 */
final class StageList extends AbstractList<Stage> implements RandomAccess {

    private final Stage[] stages;
    /** Lower-cased stage name to the indices of the stages of that name, ascending. */
    private final Map<String, List<Integer>> byName = new HashMap<>();
    private final Map<Map<String, String>, String[]> baseImages = new ConcurrentHashMap<>();

    private StageList(List<Stage> stages) {
        this.stages = stages.toArray(Stage[]::new);
        for (Stage stage : this.stages) {
            stage.name().ifPresent(name -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(stage.index()));
        }
    }

    static StageList of(List<Stage> stages) {
        return stages instanceof StageList list ? list : new StageList(stages);
    }

    @Override
    public Stage get(int index) {
        return stages[index];
    }

    @Override
    public int size() {
        return stages.length;
    }

    /** The first stage called {@code name} (lower-case). */
    Optional<Stage> first(String name) {
        List<Integer> indices = byName.get(name);
        return indices == null ? Optional.empty() : Optional.of(stages[indices.get(0)]);
    }

    /** The last stage called {@code name} (lower-case) before {@code beforeIndex}. */
    Optional<Stage> lastBefore(String name, int beforeIndex) {
        List<Integer> indices = byName.get(name);
        if (indices == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = indices.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (indices.get(middle) < beforeIndex) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(stages[indices.get(found)]);
    }

    /** Every stage's resolved base image for these build arguments, computed once by {@code compute}. */
    String[] baseImages(Map<String, String> buildArgs, Function<Map<String, String>, String[]> compute) {
        return baseImages.computeIfAbsent(Map.copyOf(buildArgs), compute);
    }
}
