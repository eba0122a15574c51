package dev.slimline.scan.version;

import java.math.BigInteger;

/**
 * Debian version ordering, Debian Policy §5.6.12: {@code [epoch:]upstream_version[-debian_revision]}.
 * Epochs compare numerically; upstream version and revision compare by dpkg's algorithm: alternating runs of
 * non-digits (letters before non-letters, {@code ~} before everything, even the end) and digits (numerically).
 */
final class DpkgVersionComparator implements VersionComparator {

    private final Ecosystem ecosystem;

    DpkgVersionComparator(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

    private record Parsed(BigInteger epoch, String upstream, String revision) {
    }

    @Override
    public int compare(String a, String b) {
        Parsed left = parse(a);
        Parsed right = parse(b);
        int byEpoch = left.epoch.compareTo(right.epoch);
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byUpstream = compareFragments(left.upstream, right.upstream);
        return byUpstream != 0 ? byUpstream : compareFragments(left.revision, right.revision);
    }

    @Override
    public void validate(String version) {
        parse(version);
    }

    private Parsed parse(String version) {
        String text = VersionText.requireText(ecosystem.osvName(), version);
        BigInteger epoch = BigInteger.ZERO;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String epochText = text.substring(0, colon);
            if (epochText.isEmpty() || !epochText.chars().allMatch(Character::isDigit)) {
                throw invalid(version, "epoch '" + epochText + "' is not a number");
            }
            epoch = new BigInteger(epochText);
            text = text.substring(colon + 1);
        }
        int hyphen = text.lastIndexOf('-');
        String upstream = hyphen < 0 ? text : text.substring(0, hyphen);
        String revision = hyphen < 0 ? "" : text.substring(hyphen + 1);
        if (upstream.isEmpty()) {
            throw invalid(version, "upstream version is empty");
        }
        if (!isAsciiDigit(upstream.charAt(0))) {
            throw invalid(version, "upstream version must start with a digit");
        }
        if (hyphen >= 0 && revision.isEmpty()) {
            throw invalid(version, "revision after '-' is empty");
        }
        checkCharacters(version, upstream, "upstream version", ".+~-:");
        checkCharacters(version, revision, "revision", ".+~");
        return new Parsed(epoch, upstream, revision);
    }

    private void checkCharacters(String version, String part, String what, String allowedPunctuation) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && allowedPunctuation.indexOf(c) < 0) {
                throw invalid(version, what + " contains '" + c + "'");
            }
        }
    }

    /** dpkg's verrevcmp: the comparison of one upstream version or one revision. */
    static int compareFragments(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !isAsciiDigit(a.charAt(i))) || (j < b.length() && !isAsciiDigit(b.charAt(j)))) {
                int left = order(a, i);
                int right = order(b, j);
                if (left != right) {
                    return Integer.compare(left, right);
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            int firstDifference = 0;
            while (i < a.length() && isAsciiDigit(a.charAt(i)) && j < b.length() && isAsciiDigit(b.charAt(j))) {
                if (firstDifference == 0) {
                    firstDifference = Integer.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
            if (i < a.length() && isAsciiDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && isAsciiDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDifference != 0) {
                return firstDifference;
            }
        }
        return 0;
    }

    /** Weight of the character at {@code index}: '~' lowest, then end and digits, letters, then other symbols. */
    private static int order(String text, int index) {
        if (index >= text.length()) {
            return 0;
        }
        char c = text.charAt(index);
        if (isAsciiDigit(c)) {
            return 0;
        }
        if (isAsciiLetter(c)) {
            return c;
        }
        if (c == '~') {
            return -1;
        }
        return c + 256;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private InvalidVersionException invalid(String version, String reason) {
        return new InvalidVersionException(ecosystem, version, reason);
    }
}
