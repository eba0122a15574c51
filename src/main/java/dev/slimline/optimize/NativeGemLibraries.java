package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Debian runtime libraries of the native gems a Gemfile.lock resolves (knowledge/ruby-native-gems.yaml). */
final class NativeGemLibraries {

    /** A resolved spec in Gemfile.lock: four spaces, the name, its version in parentheses. */
    private static final Pattern SPEC = Pattern.compile("(?m)^ {4}([A-Za-z0-9_.-]+) \\(");
    private static final Map<String, List<String>> GEMS = load();

    private NativeGemLibraries() {
    }

    /** The libraries the lock file's native gems need at run time, in the lock's order. */
    static Set<String> of(String gemfileLock) {
        Set<String> libraries = new LinkedHashSet<>();
        Matcher spec = SPEC.matcher(gemfileLock);
        while (spec.find()) {
            libraries.addAll(GEMS.getOrDefault(spec.group(1), List.of()));
        }
        return libraries;
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = NativeGemLibraries.class.getResourceAsStream("/dev/slimline/knowledge/ruby-native-gems.yaml")) {
            if (in == null) {
                throw new IllegalStateException("ruby-native-gems.yaml missing from the classpath");
            }
            Map<String, List<String>> gems = new LinkedHashMap<>();
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(in);
            tree.get("gems").fields().forEachRemaining(e -> gems.put(e.getKey(),
                    java.util.stream.StreamSupport.stream(e.getValue().spliterator(), false).map(JsonNode::asText).toList()));
            return Map.copyOf(gems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
