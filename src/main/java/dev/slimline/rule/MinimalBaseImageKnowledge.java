package dev.slimline.rule;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows only naming patterns: the official python, node, ruby, debian, php and perl images come in a
 * {@code -slim} variant of the same tag, and JDK images in a JRE variant. Tags that already name a variant
 * (slim, alpine, jre, ...) have no slimmer sibling here.
 */
final class MinimalBaseImageKnowledge implements BaseImageKnowledge {

    static final MinimalBaseImageKnowledge INSTANCE = new MinimalBaseImageKnowledge();

    private static final Pattern IMAGE = Pattern.compile("(?:docker\\.io/)?(?:library/)?([a-z0-9._-]+):([A-Za-z0-9._-]+)");
    private static final Map<String, String> SLIM_SUFFIX = Map.of(
            "python", "-slim", "node", "-slim", "ruby", "-slim", "debian", "-slim", "perl", "-slim");
    private static final Pattern VARIANT = Pattern.compile(".*-(slim|alpine|musl|jre|distroless|minimal|bookworm-slim|bullseye-slim).*|.*alpine.*|.*slim.*");

    private MinimalBaseImageKnowledge() {
    }

    @Override
    public Optional<SlimmerImage> slimmerSibling(String image) {
        Matcher m = IMAGE.matcher(image);
        if (!m.matches() || VARIANT.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        String repository = m.group(1);
        String tag = m.group(2);
        String suffix = SLIM_SUFFIX.get(repository);
        if (suffix != null) {
            return Optional.of(new SlimmerImage(repository + ":" + tag + suffix, OptionalLong.empty(), OptionalLong.empty()));
        }
        if (repository.equals("eclipse-temurin") && tag.contains("jdk")) {
            return Optional.of(new SlimmerImage(repository + ":" + tag.replace("jdk", "jre"), OptionalLong.empty(), OptionalLong.empty()));
        }
        return Optional.empty();
    }
}
