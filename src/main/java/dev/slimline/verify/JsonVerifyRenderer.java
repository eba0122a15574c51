package dev.slimline.verify;

import dev.slimline.report.JsonSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The report as JSON for CI tools: {@code passed}, per service the two images (tag, bytes, layers, build ms), every
 * check with its status and evidence, the contract differences, and the impact with its assumptions.
 */
public final class JsonVerifyRenderer implements VerifyRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(VerifyReport report) {
        ObjectNode root = JsonSchema.root(MAPPER);
        root.put("root", report.root());
        root.put("passed", report.passed());
        root.put("failedChecks", report.failures().size());
        root.put("elapsedMillis", report.elapsedMillis());
        ArrayNode services = root.putArray("services");
        for (ServiceResult service : report.services()) {
            ObjectNode node = services.addObject();
            node.put("service", service.service());
            node.put("passed", service.passed());
            image(node, "original", service.original());
            image(node, "optimized", service.optimized());
            node.put("savedBytes", service.savedBytes());
            ArrayNode checks = node.putArray("checks");
            for (Check check : service.checks()) {
                ObjectNode c = checks.addObject();
                c.put("variant", check.variant().id());
                c.put("category", check.category().name().toLowerCase(Locale.ROOT));
                c.put("name", check.name());
                c.put("status", check.status().name().toLowerCase(Locale.ROOT));
                c.put("summary", check.summary());
                c.put("evidence", check.evidence());
            }
            ArrayNode contract = node.putArray("contract");
            for (ContractDifference difference : service.contract()) {
                ObjectNode d = contract.addObject();
                d.put("field", difference.field());
                d.put("before", difference.before());
                d.put("after", difference.after());
                d.put("kind", difference.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        Impact impact = report.impact();
        ObjectNode node = root.putObject("impact");
        node.put("networkMbps", impact.settings().networkMbps());
        node.put("pricePerGbMonth", impact.settings().pricePerGbMonth());
        node.put("sizeBasis", "uncompressed");
        node.put("beforeBytes", impact.beforeBytes());
        node.put("afterBytes", impact.afterBytes());
        node.put("savedBytes", impact.savedBytes());
        node.put("savedPercent", Math.round(impact.savedPercent() * 10) / 10.0);
        node.put("pullSecondsBefore", round(impact.pullSecondsBefore()));
        node.put("pullSecondsAfter", round(impact.pullSecondsAfter()));
        node.put("storageCostBefore", round(impact.storageCostBefore()));
        node.put("storageCostAfter", round(impact.storageCostAfter()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void image(ObjectNode parent, String name, BuiltImage image) {
        if (image == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode node = parent.putObject(name);
        node.put("tag", image.tag());
        node.put("id", image.id());
        node.put("sizeBytes", image.sizeBytes());
        node.put("layers", image.layers());
        node.put("buildMillis", image.buildMillis());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
