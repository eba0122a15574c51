package dev.slimline.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/**
 * Opens a bundled knowledge file. The YAML is the file people edit; {@code scripts/knowledge/compile.sh}
 * ({@link KnowledgeCompiler}) writes a JSON copy beside it, named after the YAML's checksum and committed with it, and
 * that copy is read when it matches the YAML in the jar: parsing the YAML cost about 0.2 CPU-s of a fresh JVM, the
 * JSON about 0.03 (bench/README.md). Without a matching copy (a YAML edited and the script not run) the YAML itself
 * is read, and KnowledgeCompilerTest fails.
 */
public final class BundledYaml {

    private BundledYaml() {
    }

    /** A parser over the resource {@code name} beside {@code anchor}; a missing file is a broken build. */
    public static JsonParser open(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            byte[] yaml = in.readAllBytes();
            InputStream compiled = anchor.getResourceAsStream(compiledName(name, yaml));
            return compiled != null ? JsonFactoryHolder.JSON.createParser(compiled) : YamlFactoryHolder.YAML.createParser(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** {@code base-images.yaml} with content C becomes {@code base-images.<crc32 of C in hex>.json}. */
    static String compiledName(String yamlName, byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        String stem = yamlName.endsWith(".yaml") ? yamlName.substring(0, yamlName.length() - ".yaml".length()) : yamlName;
        return stem + "." + String.format("%08x", crc.getValue()) + ".json";
    }

    private static final class JsonFactoryHolder {
        static final JsonFactory JSON = new JsonFactory();
    }

    /** Apart from the JSON one, so that a jar with every compiled copy never initialises the YAML parser. */
    private static final class YamlFactoryHolder {
        static final YAMLFactory YAML = new YAMLFactory();
    }
}
