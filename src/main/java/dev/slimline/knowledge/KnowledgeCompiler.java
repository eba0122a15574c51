package dev.slimline.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes beside every knowledge YAML the JSON copy {@link BundledYaml} reads, and removes copies of earlier
 * versions: {@code scripts/knowledge/compile.sh} after editing a YAML ({@code KnowledgeCompilerTest} fails until
 * then; the build cannot run it, as no plugin that runs Java is available offline). Token for token, so the JSON
 * holds what the YAML parser reports: names, strings and numbers as written, in the same order.
 */
public final class KnowledgeCompiler {

    /** Where the YAML files live under the resources folder. */
    static final String KNOWLEDGE_DIR = "dev/slimline/knowledge";

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private KnowledgeCompiler() {
    }

    /** {@code args[0]}: the resources folder (src/main/resources). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KnowledgeCompiler RESOURCES_DIR");
        }
        compileAll(Path.of(args[0]).resolve(KNOWLEDGE_DIR));
    }

    /** Compiles every {@code *.yaml} directly in {@code dir}; returns the JSON files written. */
    static List<Path> compileAll(Path dir) throws IOException {
        List<Path> yamlFiles;
        try (Stream<Path> files = Files.list(dir)) {
            yamlFiles = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path yaml : yamlFiles) {
            written.add(compile(yaml));
        }
        return written;
    }

    private static Path compile(Path yaml) throws IOException {
        String name = yaml.getFileName().toString();
        byte[] text = Files.readAllBytes(yaml);
        Path json = yaml.resolveSibling(BundledYaml.compiledName(name, text));
        removeEarlierCopies(yaml, json);
        try (JsonParser in = new YAMLFactory().createParser(text);
                OutputStream file = Files.newOutputStream(json);
                JsonGenerator out = new JsonFactory().createGenerator(file)) {
            copy(in, out, name);
        }
        return json;
    }

    private static void removeEarlierCopies(Path yaml, Path current) throws IOException {
        String stem = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
        Pattern copy = Pattern.compile(Pattern.quote(stem) + "\\.[0-9a-f]{8}\\.json");
        try (Stream<Path> siblings = Files.list(yaml.getParent())) {
            for (Path sibling : siblings.toList()) {
                if (copy.matcher(sibling.getFileName().toString()).matches() && !sibling.equals(current)) {
                    Files.delete(sibling);
                }
            }
        }
    }

    static void copy(JsonParser in, JsonGenerator out, String name) throws IOException {
        for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
            switch (token) {
                case START_OBJECT -> out.writeStartObject();
                case END_OBJECT -> out.writeEndObject();
                case START_ARRAY -> out.writeStartArray();
                case END_ARRAY -> out.writeEndArray();
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(number(in.getText(), name, in));
                case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException(name + ": " + token + " has no JSON form");
            }
        }
    }

    /** The number as written; a YAML-only spelling (0x1F, 1_000, .5) stops the build rather than change value. */
    private static String number(String text, String name, JsonParser in) throws IOException {
        if (!JSON_NUMBER.matcher(text).matches()) {
            throw new IOException(name + ":" + in.currentLocation().getLineNr() + ": number " + text
                    + " has no JSON spelling; quote it or write it in decimal");
        }
        return text;
    }
}
