package dev.slimline.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slimline.SourceLocation;
import dev.slimline.config.BudgetSpec.Growth;
import dev.slimline.config.BudgetSpec.Setting;
import dev.slimline.config.BudgetSpec.VulnerabilityPolicy;
import dev.slimline.Severity;
import dev.slimline.scan.ignore.IgnoreEntry;
import dev.slimline.scan.ignore.IgnoreFileLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads one mapping of budgets ({@code defaults} or a service) whose START_OBJECT the parser is on. */
final class BudgetReading extends TokenReading {

    private static final String KEYS = "maxSize, maxGrowth, minEfficiency, maxWastedBytes, vulnerabilities";
    private static final String SIZE = "a size like 200MB, 1.5GB or 512MiB";

    private final String path;
    private Optional<Setting<Long>> maxSize = Optional.empty();
    private Optional<Setting<Growth>> maxGrowth = Optional.empty();
    private Optional<Setting<Double>> minEfficiency = Optional.empty();
    private Optional<Setting<Long>> maxWastedBytes = Optional.empty();
    private Optional<Setting<Severity>> failOn = Optional.empty();
    private Optional<Boolean> fixableOnly = Optional.empty();
    private List<IgnoreEntry> ignore = List.of();

    /** @param path the key path in errors, e.g. {@code services.api.} */
    BudgetReading(Path file, JsonParser parser, String path) {
        super(file, parser);
        this.path = path;
    }

    BudgetSpec budget() throws IOException {
        readMapping(path, this::budgetKey);
        return new BudgetSpec(maxSize, maxGrowth, minEfficiency, maxWastedBytes,
                new VulnerabilityPolicy(failOn, fixableOnly, ignore));
    }

    private void budgetKey(String key) throws IOException {
        if (!List.of("maxSize", "maxWastedBytes", "maxGrowth", "minEfficiency", "vulnerabilities").contains(key)) {
            throw error("unknown key '" + path + key + "' (expected " + KEYS + ")");
        }
        JsonToken token = parser.nextToken();
        SourceLocation at = here();
        switch (key) {
            case "maxSize" -> maxSize = Optional.of(new Setting<>(size(key, token), at));
            case "maxWastedBytes" -> maxWastedBytes = Optional.of(new Setting<>(size(key, token), at));
            case "maxGrowth" -> maxGrowth = Optional.of(new Setting<>(growth(key, token), at));
            case "minEfficiency" -> minEfficiency = Optional.of(new Setting<>(efficiency(key, token), at));
            case "vulnerabilities" -> {
                expect(token, JsonToken.START_OBJECT, path + key, "a mapping (failOn, fixableOnly, ignore)");
                readMapping(path + key + ".", this::vulnerabilityKey);
            }
            default -> throw new IllegalStateException(key);
        }
    }

    private void vulnerabilityKey(String key) throws IOException {
        String where = path + "vulnerabilities." + key;
        if (!List.of("failOn", "fixableOnly", "ignore").contains(key)) {
            throw error("unknown key '" + where + "' (expected failOn, fixableOnly, ignore)");
        }
        JsonToken token = parser.nextToken();
        switch (key) {
            case "failOn" -> {
                SourceLocation at = here();
                expect(token, JsonToken.VALUE_STRING, where, "a severity (" + Severity.labels() + ")");
                Severity severity = Severity.parse(parser.getText())
                        .orElseThrow(() -> error(where + ": unknown severity '" + textOrEmpty()
                                + "' (expected " + Severity.labels() + ")"));
                failOn = Optional.of(new Setting<>(severity, at));
            }
            case "fixableOnly" -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw error(where + " must be true or false, not " + describe(token));
                }
                fixableOnly = Optional.of(token == JsonToken.VALUE_TRUE);
            }
            case "ignore" -> ignore = IgnoreFileLoader.readList(file, parser);
            default -> throw new IllegalStateException(key);
        }
    }

    private long size(String key, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getLongValue() >= 0) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            Optional<Long> bytes = ByteSizes.parse(parser.getText());
            if (bytes.isPresent()) {
                return bytes.get();
            }
        }
        throw error(path + key + " must be " + SIZE + ", not " + describe(token));
    }

    private Growth growth(String key, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING && parser.getText().strip().endsWith("%")) {
            String number = parser.getText().strip();
            number = number.substring(0, number.length() - 1).strip();
            if (number.matches("\\d+(\\.\\d+)?")) {
                return new Growth(true, Double.parseDouble(number));
            }
        }
        return new Growth(false, size(key, token) + 0.0);
    }

    private double efficiency(String key, JsonToken token) throws IOException {
        double value = -1;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = parser.getDoubleValue();
        } else if (token == JsonToken.VALUE_STRING && parser.getText().strip().matches("\\d+(\\.\\d+)?\\s*%")) {
            value = Double.parseDouble(parser.getText().strip().replaceAll("\\s*%$", "")) / 100.0;
        }
        if (value < 0 || value > 1) {
            throw error(path + key + " must be a fraction from 0 to 1 (0.95) or a percentage (95%), not "
                    + describe(token));
        }
        return value;
    }
}
