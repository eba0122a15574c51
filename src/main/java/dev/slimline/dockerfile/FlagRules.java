package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which {@code --flags} each instruction accepts and of what type, and their validation as BuildKit's BFlags. */
final class FlagRules {

    private enum Type { BOOL, STRING, STRINGS }

    private static final Map<String, Map<String, Type>> BY_KEYWORD = Map.of(
            "FROM", Map.of("platform", Type.STRING),
            "RUN", Map.of("mount", Type.STRINGS, "network", Type.STRING, "security", Type.STRING),
            "COPY", Map.of("from", Type.STRING, "chown", Type.STRING, "chmod", Type.STRING, "link", Type.BOOL,
                    "parents", Type.BOOL, "exclude", Type.STRINGS),
            "ADD", Map.ofEntries(Map.entry("chown", Type.STRING), Map.entry("chmod", Type.STRING),
                    Map.entry("link", Type.BOOL), Map.entry("keep-git-dir", Type.BOOL),
                    Map.entry("checksum", Type.STRING), Map.entry("exclude", Type.STRINGS),
                    Map.entry("parents", Type.BOOL), Map.entry("unpack", Type.BOOL)),
            "HEALTHCHECK", Map.of("interval", Type.STRING, "timeout", Type.STRING, "start-period", Type.STRING,
                    "start-interval", Type.STRING, "retries", Type.STRING));

    private FlagRules() {
    }

    /** Turns flag words into {@link Flag}s, rejecting what BuildKit rejects. */
    static List<Flag> check(String keyword, List<ArgumentWords.Word> words, LogicalLine line) {
        Map<String, Type> allowed = BY_KEYWORD.getOrDefault(keyword, Map.of());
        Set<String> used = new HashSet<>();
        List<Flag> flags = new ArrayList<>();
        for (ArgumentWords.Word word : words) {
            Flag flag = toFlag(word, line);
            String name = flag.name();
            Optional<String> value = flag.value();
            Type type = allowed.get(name);
            if (type == null) {
                throw line.error(word.start(), "unknown flag: " + name);
            }
            if (!used.add(name) && type != Type.STRINGS) {
                throw line.error(word.start(), "duplicate flag specified: " + name);
            }
            if (type == Type.BOOL && value.isPresent()) {
                String lower = value.get().toLowerCase(Locale.ROOT);
                if (lower.isEmpty()) {
                    throw line.error(word.start(), "missing a value on flag: " + name);
                }
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw line.error(word.start(),
                            "expecting boolean value for flag " + name + ", not: " + value.get());
                }
            }
            if (type != Type.BOOL && value.isEmpty()) {
                throw line.error(word.start(), "missing a value on flag: " + name);
            }
            flags.add(flag);
        }
        return flags;
    }

    /** {@code --name=value} or bare {@code --name} as a {@link Flag}, unchecked. */
    static Flag toFlag(ArgumentWords.Word word, LogicalLine line) {
        String body = word.text().substring(2);
        int equals = body.indexOf('=');
        return new Flag(equals < 0 ? body : body.substring(0, equals),
                equals < 0 ? Optional.empty() : Optional.of(body.substring(equals + 1)),
                line.span(word.start(), word.end()));
    }
}
