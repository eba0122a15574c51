package dev.slimline.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.io.InputFiles;
import dev.slimline.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code .slimline.yaml}. The schema is small and strict: an unknown key, a value of the wrong type,
 * an unknown rule ID or severity is a {@link SlimlineException} of kind BAD_INPUT pointing at
 * {@code file:line:col}, so a typo never silently turns a rule back on.
 *
 * <pre>
 * rules:
 *   ignore: [SL1001, SL3004]
 *   severity: {SL2001: critical}
 * failOn: high
 * defaults:                # budgets every service gets unless it sets its own
 *   maxGrowth: 10%
 *   vulnerabilities: {failOn: high, fixableOnly: true}
 * services:
 *   api:                   # service name (services/api) or its last path segment
 *     maxSize: 200MB
 *     minEfficiency: 0.95
 *     maxWastedBytes: 20MB
 *     vulnerabilities:
 *       ignore: [{id: CVE-2023-5678, reason: ..., expires: 2027-01-31}]
 * </pre>
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".slimline.yaml";

    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final String SEVERITIES = Severity.labels();

    private final Set<String> knownRuleIds;

    /** @param knownRuleIds the IDs a config may name; others are reported as typos */
    public ConfigLoader(Set<String> knownRuleIds) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    /**
     * Loads the {@code .slimline.yaml} nearest to {@code dir} (see {@link #find}), or the defaults when there is none.
     */
    public SlimlineConfig loadFromDirectory(Path dir) {
        return find(dir).map(this::load).orElseGet(SlimlineConfig::defaults);
    }

    /**
     * The {@code .slimline.yaml} in {@code dir} or, inside a git repository, in the nearest directory above it up to
     * the repository's root (the one with {@code .git}), as git finds its own config: a service audited from its own
     * directory keeps the repository's settings. Outside a repository only {@code dir} itself is looked at.
     */
    public static Optional<Path> find(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        Path top = start;
        while (top != null && !Files.exists(top.resolve(".git"))) {
            top = top.getParent();
        }
        Path last = top == null ? start : top;
        for (Path current = start; current != null && current.startsWith(last); current = current.getParent()) {
            Path file = current.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Loads one config file; it must exist. */
    public SlimlineConfig load(Path file) {
        String text = InputFiles.readUtf8(file, InputFiles.MAX_CONFIG_BYTES);
        return parse(file, text);
    }

    /** Parses config text; {@code file} only names it in errors. */
    public SlimlineConfig parse(Path file, String text) {
        try (Reader reader = new StringReader(text); JsonParser parser = YamlHolder.FACTORY.createParser(reader)) {
            return new Reading(file, parser).document();
        } catch (JacksonException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read config file: " + e.getMessage());
        }
    }

    /** Made at the first config read: an audit without a config file never loads the YAML parser. */
    private static final class YamlHolder {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    /**
     * The YAML scanner's message names a context ("while scanning a quoted scalar") and then the problem
     * with its own mark; the problem and its mark are what the user needs.
     */
    private static SlimlineException malformed(Path file, JacksonException e) {
        String original = e.getOriginalMessage();
        String problem = original.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .reduce((first, second) -> second).orElse(original);
        SourceLocation where = location(file, e.getLocation());
        Matcher mark = MARK.matcher(original);
        while (mark.find()) {
            where = new SourceLocation(file, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
        return SlimlineException.badInput(where, "malformed YAML: " + problem);
    }

    static SourceLocation location(Path file, JsonLocation where) {
        return where == null ? SourceLocation.of(file)
                : new SourceLocation(file, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()));
    }

    /** One pass over the YAML tokens, keeping the parser's position for every error. */
    private final class Reading extends TokenReading {
        private final Set<String> ignored = new LinkedHashSet<>();
        private final Map<String, Severity> overrides = new LinkedHashMap<>();
        private final Map<String, BudgetSpec> services = new LinkedHashMap<>();
        private BudgetSpec defaults = BudgetSpec.none();
        private Optional<Severity> failOn = Optional.empty();

        Reading(Path file, JsonParser parser) {
            super(file, parser);
        }

        SlimlineConfig document() throws IOException {
            JsonToken first = parser.nextToken();
            if (first != null && first != JsonToken.VALUE_NULL) {
                expect(first, JsonToken.START_OBJECT, "the config", "a mapping");
                readMapping("", this::topLevelKey);
            }
            if (parser.nextToken() != null) {
                throw error("a second YAML document (after ---); the config is one document");
            }
            return new SlimlineConfig(Optional.of(file), ignored, overrides, failOn, defaults, services);
        }

        private void topLevelKey(String key) throws IOException {
            switch (key) {
                case "rules" -> {
                    expect(parser.nextToken(), JsonToken.START_OBJECT, "rules", "a mapping");
                    readMapping("rules.", this::rulesKey);
                }
                case "failOn" -> failOn = Optional.of(severity("failOn", parser.nextToken()));
                case "defaults" -> {
                    expect(parser.nextToken(), JsonToken.START_OBJECT, "defaults", "a mapping of budgets");
                    defaults = new BudgetReading(file, parser, "defaults.").budget();
                }
                case "services" -> readServices();
                default -> throw error("unknown key '" + key + "' (expected rules, failOn, defaults, services)");
            }
        }

        private void rulesKey(String key) throws IOException {
            switch (key) {
                case "ignore" -> {
                    expect(parser.nextToken(), JsonToken.START_ARRAY, "rules.ignore", "a list of rule IDs");
                    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                        ignored.add(ruleId("rules.ignore", token));
                    }
                }
                case "severity" -> {
                    expect(parser.nextToken(), JsonToken.START_OBJECT, "rules.severity", "a mapping of rule ID to severity");
                    readMapping("rules.severity.", id -> {
                        String rule = knownRule(id);
                        overrides.put(rule, severity("rules.severity." + id, parser.nextToken()));
                    });
                }
                default -> throw error("unknown key 'rules." + key + "' (expected rules.ignore, rules.severity)");
            }
        }

        private void readServices() throws IOException {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "services", "a mapping of service name to settings");
            readMapping("services.", name -> {
                JsonToken token = parser.nextToken();
                expect(token, JsonToken.START_OBJECT, "services." + name, "a mapping of budgets");
                services.put(name, new BudgetReading(file, parser, "services." + name + ".").budget());
            });
        }

        private String ruleId(String path, JsonToken token) throws IOException {
            expect(token, JsonToken.VALUE_STRING, path, "a rule ID like SL1001");
            return knownRule(parser.getText());
        }

        private String knownRule(String id) {
            if (!knownRuleIds.contains(id)) {
                throw error("unknown rule '" + id + "' (see docs/rules/README.md)");
            }
            return id;
        }

        private Severity severity(String path, JsonToken token) throws IOException {
            expect(token, JsonToken.VALUE_STRING, path, "a severity (" + SEVERITIES + ")");
            return Severity.parse(parser.getText())
                    .orElseThrow(() -> error(path + ": unknown severity '" + textOrEmpty() + "' (expected " + SEVERITIES + ")"));
        }

    }
}
