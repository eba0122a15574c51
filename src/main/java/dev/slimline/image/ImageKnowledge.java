package dev.slimline.image;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The data the analysis matches file trees against, loaded from {@code build-tools.yaml} and
 * {@code package-caches.yaml} beside this class, so refreshing it is a data change.
 */
public record ImageKnowledge(List<PathRule> buildTools, List<PathRule> packageCaches) {

    /** A named thing recognised by any of its path globs. */
    public record PathRule(String name, List<String> paths) {
        List<PathGlob> globs() {
            return paths.stream().map(PathGlob::new).toList();
        }
    }

    private record RuleFile(String source, String updated, List<PathRule> rules) {
    }

    public static ImageKnowledge load() {
        return new ImageKnowledge(read("build-tools.yaml"), read("package-caches.yaml"));
    }

    private static List<PathRule> read(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = ImageKnowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return List.copyOf(yaml.readValue(in, RuleFile.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
