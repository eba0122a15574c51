package dev.slimline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag split into its version and its variant, so that {@code 3.11.9-slim-bookworm} can be matched to
 * the catalog's {@code 3.11-slim}: the variant ignores distribution code names and Alpine point releases.
 */
record TagShape(List<Integer> version, String variant) {

    private static final Pattern LEADING_VERSION = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)(?:-(.*))?$");
    private static final Set<String> CODENAMES = Set.of(
            "bookworm", "bullseye", "buster", "stretch", "trixie", "jammy", "noble", "focal", "bionic");

    static TagShape of(String tag) {
        Matcher matcher = LEADING_VERSION.matcher(tag);
        if (!matcher.matches()) {
            return new TagShape(List.of(), normaliseVariant(tag));
        }
        List<Integer> version = new ArrayList<>();
        for (String part : matcher.group(1).split("\\.")) {
            version.add(Integer.parseInt(part.length() > 9 ? part.substring(0, 9) : part));
        }
        return new TagShape(List.copyOf(version), normaliseVariant(matcher.group(2) == null ? "" : matcher.group(2)));
    }

    private static String normaliseVariant(String variant) {
        List<String> kept = new ArrayList<>();
        for (String token : variant.split("-")) {
            if (token.isEmpty() || CODENAMES.contains(token)) {
                continue;
            }
            kept.add(token.matches("alpine\\d.*") ? "alpine" : token);
        }
        return String.join("-", kept);
    }

    boolean hasVersion() {
        return !version.isEmpty();
    }

    /** Whether this (catalog) version line contains {@code other}: 3.11 contains 3.11.9. */
    boolean versionContains(TagShape other) {
        return hasVersion() && other.version.size() >= version.size()
                && other.version.subList(0, version.size()).equals(version);
    }

    /** A distance between versions, lexicographic by component: smaller is nearer. */
    long distanceTo(TagShape other) {
        long distance = 0;
        int length = Math.max(version.size(), other.version.size());
        for (int i = 0; i < Math.min(length, 3); i++) {
            int mine = i < version.size() ? version.get(i) : 0;
            int theirs = i < other.version.size() ? other.version.get(i) : 0;
            distance = distance * 1000 + Math.min(Math.abs(mine - theirs), 999);
        }
        return distance;
    }
}
