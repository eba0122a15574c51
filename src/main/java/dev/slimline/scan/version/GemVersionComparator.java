package dev.slimline.scan.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems' {@code Gem::Version} ordering: the version splits into numeric and alphabetic segments ({@code 1.0.b1}
 * is 1, 0, "b", 1), a letter segment makes it a pre-release that sorts before the release, and trailing zero
 * segments do not count ({@code 1.0 == 1}). versatile has no gem scheme, hence this class.
 */
final class GemVersionComparator implements VersionComparator {

    /** Gem::Version::ANCHORED_VERSION_PATTERN; a hyphen is read as ".pre." as RubyGems does. */
    private static final Pattern VERSION = Pattern.compile("[0-9]+(?>\\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");

    @Override
    public int compare(String a, String b) {
        List<Object> left = segments(a);
        List<Object> right = segments(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Object l = i < left.size() ? left.get(i) : BigInteger.ZERO;
            Object r = i < right.size() ? right.get(i) : BigInteger.ZERO;
            int result = compareSegment(l, r);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    @Override
    public void validate(String version) {
        segments(version);
    }

    /** Numbers outrank letters; numbers compare numerically, letters as strings. */
    private static int compareSegment(Object l, Object r) {
        if (l instanceof BigInteger x && r instanceof BigInteger y) {
            return Integer.signum(x.compareTo(y));
        }
        if (l instanceof String x && r instanceof String y) {
            return Integer.signum(x.compareTo(y));
        }
        return l instanceof BigInteger ? 1 : -1;
    }

    private static List<Object> segments(String version) {
        Matcher m = VersionText.match(VERSION, Ecosystem.RUBYGEMS, version,
                "expected dot-separated numbers and letters, e.g. 1.2.3 or 2.0.0.rc1");
        Matcher s = SEGMENT.matcher(m.group().replace("-", ".pre."));
        List<Object> segments = new ArrayList<>();
        while (s.find()) {
            String token = s.group();
            segments.add(Character.isDigit(token.charAt(0)) ? new BigInteger(token) : token);
        }
        // Gem::Version#canonical_segments: trailing zeros of the release part and of the pre-release part do not
        // count, so 1.0 == 1 and 1.0.a == 1.a.
        int firstLetter = 0;
        while (firstLetter < segments.size() && segments.get(firstLetter) instanceof BigInteger) {
            firstLetter++;
        }
        List<Object> canonical = new ArrayList<>(withoutTrailingZeros(segments.subList(0, firstLetter)));
        canonical.addAll(withoutTrailingZeros(segments.subList(firstLetter, segments.size())));
        return canonical;
    }

    private static List<Object> withoutTrailingZeros(List<Object> segments) {
        int end = segments.size();
        while (end > 0 && BigInteger.ZERO.equals(segments.get(end - 1))) {
            end--;
        }
        return segments.subList(0, end);
    }
}
