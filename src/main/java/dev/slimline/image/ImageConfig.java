package dev.slimline.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an image's config JSON the analysis uses.
 *
 * @param user        {@code config.User}, "" when unset (root)
 * @param healthcheck {@code config.Healthcheck.Test}, empty when none; {@code ["NONE"]} when disabled
 * @param env         {@code config.Env} as {@code NAME=value}
 * @param history     {@code history}, including empty layers
 * @param diffIds     {@code rootfs.diff_ids}
 */
public record ImageConfig(String user, List<String> healthcheck, List<String> env, List<History> history,
        List<String> diffIds) {

    /** One build step; {@code emptyLayer} steps (ENV, CMD, ...) made no layer. */
    public record History(String createdBy, boolean emptyLayer) {
    }

    static ImageConfig parse(JsonNode json) {
        JsonNode config = json.path("config");
        List<History> history = new ArrayList<>();
        for (JsonNode step : json.path("history")) {
            history.add(new History(step.path("created_by").asText(""), step.path("empty_layer").asBoolean(false)));
        }
        return new ImageConfig(config.path("User").asText(""), strings(config.path("Healthcheck").path("Test")),
                strings(config.path("Env")), List.copyOf(history), strings(json.path("rootfs").path("diff_ids")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return List.copyOf(values);
    }

    /** The instruction that made each non-empty layer, in layer order; "" when history is shorter. */
    List<String> layerInstructions(int layers) {
        List<String> instructions = new ArrayList<>();
        for (History step : history) {
            if (!step.emptyLayer()) {
                instructions.add(Instructions.readable(step.createdBy()));
            }
        }
        while (instructions.size() < layers) {
            instructions.add("");
        }
        return List.copyOf(instructions.subList(0, layers));
    }
}
