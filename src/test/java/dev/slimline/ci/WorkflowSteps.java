package dev.slimline.ci;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Finds steps by name in a parsed GitHub workflow job, for the tests that read what {@code ci init} wrote. */
public final class WorkflowSteps {

    private WorkflowSteps() {
    }

    /** The step called {@code name} in {@code job}; fails the test, listing the names there are, when none is. */
    public static JsonNode step(JsonNode job, String name) {
        for (JsonNode step : job.path("steps")) {
            if (step.path("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step '" + name + "' in " + names(job));
    }

    /** The names of the job's steps, in order (empty text for a step without one). */
    public static List<String> names(JsonNode job) {
        List<String> names = new ArrayList<>();
        job.path("steps").forEach(step -> names.add(step.path("name").asText()));
        return names;
    }
}
