package dev.slimline.project;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code .env} as Compose reads it: {@code KEY=VALUE} lines, {@code #} comments, an optional
 * {@code export} prefix, and single- or double-quoted values (quotes removed, nothing inside expanded).
 */
final class DotEnvFile {

    private DotEnvFile() {
    }

    /** The variables in {@code file}, or none when it does not exist. */
    static Map<String, String> read(Path file) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return variables;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + e.getMessage());
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue; // a bare name sets nothing for interpolation
            }
            variables.put(line.substring(0, eq).strip(), value(line.substring(eq + 1).strip()));
        }
        return variables;
    }

    private static String value(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')) {
            int close = text.indexOf(text.charAt(0), 1);
            if (close > 0) {
                return text.substring(1, close);
            }
        }
        int comment = text.indexOf(" #");
        return (comment >= 0 ? text.substring(0, comment) : text).strip();
    }
}
