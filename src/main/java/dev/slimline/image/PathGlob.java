package dev.slimline.image;

import java.util.regex.Pattern;

/**
 * A root-relative path pattern from the knowledge YAML: {@code *} and {@code ?} stay within one path
 * component, {@code **} spans any number of them.
 */
final class PathGlob {
    private final String text;
    private final String literalPrefix;
    private final Pattern regex;

    PathGlob(String text) {
        this.text = text;
        int wildcard = indexOfWildcard(text);
        this.literalPrefix = wildcard < 0 ? text : text.substring(0, wildcard);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '[' && text.indexOf(']', i) > i) {
                int close = text.indexOf(']', i);
                regex.append(text, i, close + 1);
                i = close;
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(regex.toString());
    }

    boolean matches(String path) {
        return path.startsWith(literalPrefix) && regex.matcher(path).matches();
    }

    /** The pattern up to its first wildcard: every path it matches starts with it. */
    String literalPrefix() {
        return literalPrefix;
    }

    /** Path components of the pattern, the last one being the file part. */
    int components() {
        return text.split("/").length;
    }

    @Override
    public String toString() {
        return text;
    }

    private static int indexOfWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '*' || text.charAt(i) == '?' || text.charAt(i) == '[') {
                return i;
            }
        }
        return -1;
    }
}
