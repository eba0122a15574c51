package dev.slimline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.RuleEngine;
import dev.slimline.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A repository's {@code .hadolint.yaml}, so a team moving from hadolint keeps its decisions: {@code ignored:} DL
 * rules and {@code override:} levels apply to the slimline rules that cover those DL IDs (each rule's
 * {@code hadolint} mapping). hadolint's levels map to slimline's as error=high, warning=medium, info=low,
 * style=info. Other keys (trustedRegistries, label-schema, ...) are not slimline's business and are left alone.
 * slimline's own config and options are applied after this, so they win.
 */
public final class HadolintConfig {

    /** The names hadolint looks for in a directory, in its order. */
    public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    private static final Map<String, Severity> LEVELS =
            Map.of("error", Severity.HIGH, "warning", Severity.MEDIUM, "info", Severity.LOW, "style", Severity.INFO);

    private HadolintConfig() {
    }

    /** The first of {@link #FILE_NAMES} in {@code dir}, if any. */
    public static Optional<Path> find(Path dir) {
        return FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** {@code options} with the file's ignores and overrides added, translated to slimline rule IDs. */
    public static LintOptions applyTo(Path file, RuleEngine rules, LintOptions options) {
        JsonNode root;
        try {
            root = YamlHolder.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read hadolint config: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return options;
        }
        Set<String> ignored = new HashSet<>(options.ignoredRules());
        for (JsonNode id : root.path("ignored")) {
            ignored.addAll(rules.forHadolint(id.asText()));
        }
        Map<String, Severity> overrides = new HashMap<>(options.severityOverrides());
        root.path("override").properties().forEach(level -> {
            Severity severity = LEVELS.get(level.getKey());
            if (severity == null) {
                throw SlimlineException.badInput(SourceLocation.of(file), "unknown hadolint override level '"
                        + level.getKey() + "' (error, warning, info, style)");
            }
            for (JsonNode id : level.getValue()) {
                rules.forHadolint(id.asText()).forEach(rule -> overrides.put(rule, severity));
            }
        });
        return options.withIgnoredRules(ignored).withSeverityOverrides(overrides);
    }

    /** Made at the first .hadolint.yaml read: an audit without one never builds a mapper. */
    private static final class YamlHolder {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }
}
